package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.Waits;
import dev.reclaim.link.SerialLink;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.link.SocatPtyPair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live source over real pseudo-terminals (socat) and jSerialComm, including a port that vanishes and returns. */
class SerialLogSourceTest {
    private static final SerialSettings LOG = SerialSettings.log(115200);

    static final class Collector implements LogListener, SerialLogSource.PortListener {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();
        final List<Diagnosis> diagnoses = new CopyOnWriteArrayList<>();
        final List<String> ports = new CopyOnWriteArrayList<>();

        @Override
        public void onRecord(LogRecord record) {
            records.add(record);
        }

        @Override
        public void onDiagnosis(Diagnosis diagnosis) {
            diagnoses.add(diagnosis);
        }

        @Override
        public void opened(String port) {
            ports.add("opened");
        }

        @Override
        public void lost(String port, String reason) {
            ports.add("lost");
        }

        @Override
        public void reopened(String port) {
            ports.add("reopened");
        }
    }

    static List<String> fixtureLines() throws IOException {
        try (InputStream in = SerialLogSourceTest.class.getResourceAsStream(RealP1Log.RESOURCE)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n"));
        }
    }

    /** Writes lines as the device would. Keep the link open: closing a pty end makes socat exit. */
    static void send(SerialLink device, List<String> lines) throws IOException {
        for (String l : lines) {
            device.write((l + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void keepsEveryLineWhenThePortDisappearsAndComesBack(@TempDir Path dir) throws Exception {
        List<String> log = fixtureLines();
        Collector c = new Collector();
        SocatPtyPair pair = SocatPtyPair.start(dir);
        SerialLogSource source = SerialLogSource.serial(pair.a().toString(), LOG, c);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                source.run(new LogEngine(c), ProgressListener.NONE);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        SocatPtyPair again = null;
        try {
            Waits.until("the port to open", () -> c.ports.contains("opened"));
            try (SerialLink device = SerialLink.open(pair.b().toString(), LOG)) {
                send(device, log.subList(0, 7));
                Waits.until("the first 7 lines", () -> c.records.size() == 7);
                pair.close();
            }
            Waits.until("the loss to be noticed", () -> c.ports.contains("lost"));
            again = SocatPtyPair.start(dir);
            Waits.until("the port to be reopened", () -> c.ports.contains("reopened"));
            try (SerialLink device = SerialLink.open(again.b().toString(), LOG)) {
                send(device, log.subList(7, log.size()));
                Waits.until("all lines", () -> c.records.size() == log.size());
            }
        } finally {
            source.stop();
            reader.join(3000);
            pair.close();
            if (again != null) {
                again.close();
            }
        }
        assertThat(failure.get()).isNull();
        assertThat(c.ports).containsExactly("opened", "lost", "reopened");
        assertThat(c.records).extracting(LogRecord::line).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(c.records.get(7).message()).isEqualTo("Started: Receive nonce");
        assertThat(c.diagnoses).extracting(Diagnosis::id).containsExactly(
                "server_address_blank", "cloud_closed_during_key_exchange");
    }

    @Test
    void aPortThatDoesNotExistFailsAtOnceNamingIt(@TempDir Path dir) {
        Collector c = new Collector();
        String missing = dir.resolve("no-such-port").toString();
        SerialLogSource source = SerialLogSource.serial(missing, LOG, c);
        assertThatThrownBy(() -> source.run(new LogEngine(c), ProgressListener.NONE)).isInstanceOf(IOException.class).hasMessageContaining(missing);
        assertThat(Files.exists(dir.resolve("no-such-port"))).isFalse();
    }
}
