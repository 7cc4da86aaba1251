package dev.reclaim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md: the core never sees JavaFX and never reaches up into the CLI or the UI. */
@AnalyzeClasses(packages = "dev.reclaim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "dev.reclaim.dct..", "dev.reclaim.keys..", "dev.reclaim.log..", "dev.reclaim.link..",
        "dev.reclaim.flash..", "dev.reclaim.sim..", "dev.reclaim.cloud..", "dev.reclaim.workflow.."
    };

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreDoesNotReachUp = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.reclaim.cli..", "dev.reclaim.ui..")
            .allowEmptyShould(true);
}
