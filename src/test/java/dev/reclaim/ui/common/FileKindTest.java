package dev.reclaim.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindTest {
    @TempDir
    Path dir;

    @Test
    void extensionsDecideFirst() throws Exception {
        assertThat(FileKind.of(write("serial.log", "x"))).isEqualTo(FileKind.LOG);
        assertThat(FileKind.of(write("dct.bin", "0000005346 [system] INFO: Cloud: connecting"))).isEqualTo(FileKind.DCT);
    }

    @Test
    void withoutAKnownExtensionTextIsALogAndIntelHexOrBinaryIsADct() throws Exception {
        assertThat(FileKind.of(write("capture", "0000005346 [system] INFO: Cloud: connecting\r\n")))
                .isEqualTo(FileKind.LOG);
        assertThat(FileKind.of(write("image", ":020000040800F2\n:00000001FF\n"))).isEqualTo(FileKind.DCT);
        Path bin = dir.resolve("dump");
        Files.write(bin, new byte[] {0, 0, 0, 0, 1, 2, (byte) 0xFF, 0x42, 0x52, 0x43, 0x4D});
        assertThat(FileKind.of(bin)).isEqualTo(FileKind.DCT);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
