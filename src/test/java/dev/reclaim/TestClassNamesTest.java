package dev.reclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs only the classes whose names it includes (Test*, *Test, *Tests, *TestCase); a class of tests named
 * otherwise compiles and never runs, so its checks are silently absent from CI. Three jqwik classes named
 * "*Properties" were for a while.
 */
class TestClassNamesTest {
    private static final Pattern TESTS = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example|ArchTest)\\b");
    private static final Pattern RUN_BY_SUREFIRE = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

    @Test
    void everyClassWithTestsHasANameSurefireRuns() throws IOException {
        Path root = Path.of("src/test/java");
        assertThat(root).isDirectory();
        List<String> neverRun;
        try (Stream<Path> files = Files.walk(root)) {
            neverRun = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(TestClassNamesTest::holdsTests)
                    .map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(name -> !RUN_BY_SUREFIRE.matcher(name).matches())
                    .sorted().toList();
        }
        assertThat(neverRun).as("classes whose tests never run; name them *Test").isEmpty();
    }

    private static boolean holdsTests(Path file) {
        try {
            return TESTS.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
