package dev.reclaim.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemModuleVersionsTest {

    /** COMMON_MODULE_VERSION / SYSTEM_PART1_MODULE_VERSION at the release tags (system_module_version.mk). */
    @ParameterizedTest
    @CsvSource({"11, 0.4.9", "23, 0.5.5", "102, 0.6.0", "109, 0.6.3", "110, 0.6.4", "207, 0.7.0", "1000, 1.0.0",
        "1406, 1.4.4", "1502, 1.5.0", "1512, 1.5.2", "2302, 2.3.1"})
    void releasesAndTheirNumbersGoBothWays(int number, String release) {
        assertThat(SystemModuleVersions.release(number)).contains(release);
        assertThat(SystemModuleVersions.moduleVersion(release)).contains(number);
    }

    @ParameterizedTest
    @CsvSource({"326", "1513", "0", "65535"})
    void aNumberNoReleaseHadIsNamedAsSuch(int number) {
        assertThat(SystemModuleVersions.release(number)).isEmpty();
        assertThat(SystemModuleVersions.describe(number)).isEqualTo("module version " + number
                + " (no release of that number)");
    }

    @ParameterizedTest
    @CsvSource({"23, NONE_RELEASE_BUILD", "102, PRINTED", "110, PRINTED", "207, NONE_COMPILED_OUT",
        "1512, NONE_COMPILED_OUT"})
    void onlyA06SystemPrintsItsHandshake(int number, HandshakeLines expected) {
        assertThat(HandshakeLines.of(number)).isEqualTo(expected);
    }
}
