package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keys new} on a full disk (issue 13, item 12): one line naming the file the user asked for, and no partial
 * set that would block the next run. Before, the private key files were in place and the public one missing, so the
 * next run said "exists; add --force".
 *
 * <p>The disk is real: an 8 KiB tmpfs (two pages: room for two of the three files) mounted in a private user and
 * mount namespace ({@code unshare -rm}), which needs no root. /dev/full cannot stand in for it: Reclaim writes a
 * temporary file beside the target and renames it, and no file can be made inside /dev/full.
 */
class FullDiskKeysTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskLeavesNoKeyFileAndTheNextRunSucceeds() throws Exception {
        assumeTrue(canMountTmpfs(), "unshare -rm with a tmpfs mount is not allowed here (no user namespaces)");
        Path mnt = Files.createDirectory(dir.resolve("disk"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String reclaim = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.reclaim.Main";
        String script = String.join("\n",
                "mount -t tmpfs -o size=8k tmpfs '" + mnt + "' || exit 90",
                reclaim + " keys new --out '" + mnt + "/p1'; echo \"exit=$?\"",
                "echo \"left=$(ls -A '" + mnt + "' | tr '\\n' ' ')\"",
                "mount -o remount,size=64k '" + mnt + "' || exit 91",
                reclaim + " keys new --out '" + mnt + "/p1' >/dev/null; echo \"again=$?\"",
                "echo \"now=$(ls -A '" + mnt + "' | tr '\\n' ' ')\"");
        Result r = run(List.of("unshare", "-rm", "sh", "-c", script));

        assertThat(r.out).as(r.err).contains("exit=2").contains("left=\n").contains("again=0")
                .contains("now=p1.der p1.pem p1.pub.pem \n");
        assertThat(r.err.strip()).doesNotContain("\n")
                .isEqualTo("reclaim: cannot write the key files: " + mnt + "/p1.pub.pem: No space left on device"
                        + " (free some space or choose another folder; nothing was written)");
    }

    private record Result(int exit, String out, String err) {
    }

    private boolean canMountTmpfs() throws Exception {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        return run(List.of("unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", probe.toString()))
                .exit == 0;
    }

    private Result run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
