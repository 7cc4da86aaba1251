package dev.reclaim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The layering of DESIGN.md: the core never sees JavaFX and never reaches up into the front ends; the front ends
 * reach devices only through {@code workflow}; views only bind (their view models call the core); no package
 * depends on itself in a circle. Every package named here exists ({@link #everyNamedPackageExists}).
 */
@AnalyzeClasses(packages = "dev.reclaim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "dev.reclaim.dct..", "dev.reclaim.finding..", "dev.reclaim.files..", "dev.reclaim.keys..",
        "dev.reclaim.log..", "dev.reclaim.link..", "dev.reclaim.flash..", "dev.reclaim.progress..",
        "dev.reclaim.sim..", "dev.reclaim.workflow..", "dev.reclaim.cloud..", "dev.reclaim.firmware.."
    };
    /** What only the use-case layer may touch: the device transports, the flash clients and the simulator. */
    private static final String[] DEVICE_ACCESS = {"dev.reclaim.flash..", "dev.reclaim.link..", "dev.reclaim.sim.."};
    private static final String[] FRONT_ENDS = {"dev.reclaim.cli..", "dev.reclaim.ui.."};

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule coreDoesNotReachUp = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FRONT_ENDS);

    @ArchTest
    static final ArchRule frontEndsReachDevicesOnlyThroughWorkflow = noClasses().that().resideInAnyPackage(FRONT_ENDS)
            .should().dependOnClassesThat().resideInAnyPackage(DEVICE_ACCESS);

    @ArchTest
    static final ArchRule viewsOnlyBind = classes().that(areViews()).should(onlyBindToTheCore());

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.reclaim.(**)").should().beFreeOfCycles();

    @ArchTest
    static void everyNamedPackageExists(JavaClasses classes) {
        for (String pattern : List.of(CORE).stream().map(p -> p.replace("..", "")).toList()) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(pattern))) {
                throw new AssertionError("ArchitectureTest names " + pattern + ", which has no classes");
            }
        }
    }

    /** A view: a class of {@code ui} named for what it shows (…View, …Pane, …Panel, …Card, …Cell, …Dialog, …Bar). */
    private static DescribedPredicate<JavaClass> areViews() {
        List<String> suffixes = List.of("View", "Pane", "Panel", "Card", "Cell", "Dialog", "Bar", "Editor", "List");
        return new DescribedPredicate<>("are views of the workstation") {
            @Override
            public boolean test(JavaClass c) {
                String name = c.getSimpleName();
                return c.getPackageName().startsWith("dev.reclaim.ui") && !name.endsWith("ViewModel")
                        && suffixes.stream().anyMatch(name::endsWith);
            }
        };
    }

    /** Reading a value's accessors is binding; building core objects or calling core services is not. */
    private static ArchCondition<JavaClass> onlyBindToTheCore() {
        PackageMatchers core = PackageMatchers.of(CORE);
        return new ArchCondition<>("neither construct core objects nor call the core's static methods") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                    if (!core.test(access.getTargetOwner().getPackageName())) {
                        continue;
                    }
                    boolean staticCall = access instanceof JavaMethodCall call && call.getTarget().resolveMember()
                            .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
                    if (access instanceof JavaConstructorCall || staticCall) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}
