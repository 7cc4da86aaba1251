package dev.reclaim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileHoldsTheBytesAndOnlyItsOwnerMayReadIt() throws IOException {
        Path file = dir.resolve("device.der");

        OwnerOnlyFiles.write(file, new byte[] {1, 2, 3}, false);

        assertThat(file).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(namesIn(dir)).containsExactly("device.der");
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAskedFor() throws IOException {
        Path file = dir.resolve("dct.bin");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> OwnerOnlyFiles.write(file, "new".getBytes(StandardCharsets.US_ASCII), false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasContent("old");

        OwnerOnlyFiles.write(file, "new".getBytes(StandardCharsets.US_ASCII), true);
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(namesIn(dir)).containsExactly("dct.bin");
    }

    @Test
    void streamedContentArrivesWhole() throws IOException {
        Path file = dir.resolve("export.log");

        OwnerOnlyFiles.write(file, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }, false);

        assertThat(Files.readAllLines(file)).hasSize(100_000).endsWith("line 99999");
    }

    @Test
    void contentThatFailsHalfwayLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("export.log");
        Files.writeString(file, "the earlier export");

        assertThatThrownBy(() -> OwnerOnlyFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new InterruptedIOException("Export cancelled");
        }, true)).isInstanceOf(InterruptedIOException.class);

        assertThat(file).hasContent("the earlier export");
        assertThat(namesIn(dir)).containsExactly("export.log");
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void replacingRefusesASymbolicLinkAndASpecialFileLeavingBothAsTheyWere() throws Exception {
        Path real = dir.resolve("real.bin");
        Files.write(real, new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), real);
        assertThatThrownBy(() -> OwnerOnlyFiles.write(link, new byte[] {9}, true))
                .hasMessageContaining("is a symbolic link, not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).containsExactly(1, 2, 3);

        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> OwnerOnlyFiles.write(fifo, new byte[] {9}, true))
                .hasMessageContaining("is a device or other special file");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
