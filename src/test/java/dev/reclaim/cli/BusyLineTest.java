package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.link.SocatPtyPair;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A P1 whose firmware is running logs on USART1, the bootloader's pins: a socat pty pair with a thread writing a
 * 60-byte log line every 20 ms at one end, Reclaim's UART bootloader client at the other. Every command must give
 * up in bounded time and say what is likely wrong.
 */
class BusyLineTest {
    private static final byte[] LINE = "0000123456 [app] INFO: Event: Cloud status changed - Disconnected\r\n"
            .substring(0, 58).concat("\r\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private SocatPtyPair pair;
    private Thread logger;
    private final ExecutorService cli = Executors.newSingleThreadExecutor();

    @BeforeEach
    void startLogging() throws Exception {
        assertThat(LINE).hasSize(60);
        pair = SocatPtyPair.start(Files.createDirectory(dir.resolve("pty")));
        OutputStream firmware = Files.newOutputStream(pair.a());
        logger = new Thread(() -> {
            try (firmware) {
                while (!Thread.currentThread().isInterrupted()) {
                    firmware.write(LINE);
                    firmware.flush();
                    Thread.sleep(20);
                }
            } catch (Exception stopped) {
                // the test is over
            }
        }, "firmware-log");
        logger.start();
    }

    @AfterEach
    void stop() throws Exception {
        logger.interrupt();
        logger.join(2000);
        cli.shutdownNow();
        pair.close();
    }

    @Test
    void infoReadAndWriteGiveUpAndSayTheFirmwareIsProbablyRunning() throws Exception {
        Path file = dir.resolve("dct.bin");
        assertThat(CliRun.of("device", "read-dct", "--via", "sim:healthy", "--out", file.toString()).exitCode())
                .isZero();
        String via = "bootloader:" + pair.b();
        String[][] commands = {
            {"device", "info", "--via", via, "--mode", "8n1"},
            {"device", "read-dct", "--via", via, "--mode", "8n1", "--out", dir.resolve("out.bin").toString()},
            {"device", "write-dct", "--via", via, "--mode", "8n1", file.toString()},
        };
        for (String[] command : commands) {
            long started = System.nanoTime();
            Future<CliRun> run = cli.submit(() -> CliRun.of(command));
            CliRun result = run.get(30, TimeUnit.SECONDS);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertThat(result.exitCode()).as(command[1]).isEqualTo(1);
            assertThat(result.err()).as(command[1]).contains("firmware").contains("BOOT0").contains("-i")
                    .doesNotContain("Exception");
            assertThat(seconds).as("%s gave up after", command[1]).isLessThan(15);
        }
        assertThat(Files.exists(dir.resolve("out.bin"))).isFalse();
    }
}
