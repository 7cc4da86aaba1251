package dev.reclaim.cli;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives each test a scratch Reclaim home (journal, backups, pending keys) in its {@link ReclaimHome} field, so the
 * CLI under test never writes to the user's {@code ~/.reclaim}; the {@code reclaim.home} property is restored after.
 */
public final class ReclaimHomeExtension implements BeforeEachCallback, AfterEachCallback {
    private static final String PROPERTY = "reclaim.home";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ReclaimHomeExtension.class);

    /** What the test changed: the directory it made and the property's value before. */
    private record Saved(Path home, String before) {
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        Path home = Files.createTempDirectory("reclaim-home");
        for (Field f : AnnotationSupport.findAnnotatedFields(test.getClass(), ReclaimHome.class)) {
            f.setAccessible(true);
            f.set(test, home);
        }
        context.getStore(NS).put(Saved.class, new Saved(home, System.getProperty(PROPERTY)));
        System.setProperty(PROPERTY, home.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Saved saved = context.getStore(NS).remove(Saved.class, Saved.class);
        if (saved == null) {
            return;
        }
        if (saved.before() == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, saved.before());
        }
        try (Stream<Path> files = Files.walk(saved.home())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
