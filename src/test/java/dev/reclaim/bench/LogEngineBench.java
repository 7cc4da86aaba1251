package dev.reclaim.bench;

import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogEngine;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark of the log engine (parse + track + diagnose), single-threaded, streaming a generated ~100 MB log.
 * Not a unit test. Run with a small heap to show memory stays bounded:
 * <pre>
 * mvn -q -o -DskipTests package   (target/reclaim.jar holds every dependency; test-classes holds this class)
 * java -Xmx256m -cp target/reclaim.jar:target/test-classes dev.reclaim.bench.LogEngineBench [MB]
 * </pre>
 */
public final class LogEngineBench {
    private static final String[] ATTEMPT_FAILED_LEGACY = {
        "[system] INFO: Cloud: connecting",
        "[system] WARN: Read Server Address = type:255,defaulting to device.spark.io",
        "[app] INFO: Event: Cloud status changed - Connecting [64, 1]",
        "[system] INFO: Resolved host device.spark.io to 107.22.28.43",
        "[system] INFO: connected to cloud 107.22.28.43:5683",
        "[system] INFO: Cloud socket connected",
        "[system] INFO: Starting handshake: presense_announce=1",
        "[comm.sparkprotocol.handshake] INFO: Started: Receive nonce",
        "[comm.sparkprotocol.handshake] INFO: Encrypting handshake nonce",
        "[comm.sparkprotocol.handshake] INFO: Sending encrypted nonce",
        "[comm.sparkprotocol.handshake] INFO: Receive key",
        "[comm.sparkprotocol.handshake] ERROR: Unable to receive key -19",
        "[system] WARN: Cloud handshake failed, code=-19",
        "[system] INFO: Cloud: disconnecting",
        "[system] INFO: Cloud: disconnected",
    };
    private static final String[] ATTEMPT_OK_LIGHTSSL = {
        "[system] INFO: Cloud: connecting",
        "[system] INFO: Read Server Address = type:1,domain:device.spark.io",
        "[system] INFO: Resolved host device.spark.io to 34.200.94.14",
        "[system] INFO: connected to cloud 34.200.94.14:5683",
        "[system] INFO: Cloud socket connected",
        "[system] INFO: Starting handshake: presense_announce=0",
        "[comm.protocol.handshake] INFO: Establish secure connection",
        "[comm.lightssl.handshake] INFO: Started, receive nonce",
        "[comm.lightssl.handshake] INFO: Encrypting nonce",
        "[comm.lightssl.handshake] INFO: Sending encrypted nonce",
        "[comm.lightssl.handshake] INFO: Receive key",
        "[comm.lightssl.handshake] INFO: Setting key",
        "[comm.lightssl.handshake] INFO: Completed",
        "[comm.protocol.handshake] INFO: Sending HELLO message",
        "[comm.protocol.handshake] INFO: Receiving HELLO response",
        "[comm.protocol.handshake] INFO: Handshake completed",
        "[system] INFO: Send spark/device/last_reset event",
        "[system] INFO: Cloud connected",
    };
    private static final String[] CHATTER = {
        "[app] INFO: successfully queued readIndex=3750 writeIndex=3751",
        "[comm.protocol] INFO: rcv'd message type=13",
        "[comm.protocol] INFO: message id 12 complete with code 0.00",
        "[comm.dtls] INFO: session cmd (CLS,DIS,MOV,LOD,SAV): 4",
        "[app] INFO: sensor t=23.51 h=41.2 p=1013.2",
        "[comm] INFO: Sending TIME request",
        "[app] WARN: sensor read retry 2",
        "[system] INFO: ARM_WLAN_WD 2",
        "[hal] TRACE: socket 3 receive 18 bytes",
    };
    private static final String[] RAW = {
        "connecting to WiFi",
        "    16.491 AT send      14 \"AT+UPSND=0,8\\r\\n\"",
        "    16.501 AT read  +   14 \"\\r\\n+UPSND: 0,8,1\\r\\n\"",
        "localIP=192.168.2.180",
    };

    private LogEngineBench() {
    }

    public static void main(String[] args) throws IOException {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 100) * 1024 * 1024;
        Path file = Files.createTempFile("reclaim-bench", ".log");
        try {
            long generated = generate(file, targetBytes);
            System.out.printf(Locale.ROOT, "log: %.1f MB, %,d lines, heap max %d MB%n", Files.size(file) / 1e6,
                    generated, Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= 5; run++) {
                measure(file, run);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long generate(Path file, long targetBytes) throws IOException {
        long millis = 1000;
        long lines = 0;
        long bytes = 0;
        int block = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes < targetBytes) {
                String[] attempt = block % 3 == 0 ? ATTEMPT_OK_LIGHTSSL : ATTEMPT_FAILED_LEGACY;
                for (String s : attempt) {
                    millis += 7 + (s.length() & 31);
                    bytes += write(w, String.format(Locale.ROOT, "%010d %s", millis, s));
                    lines++;
                }
                for (int i = 0; i < 30; i++) {
                    millis += 3 + i;
                    String s = i % 10 == 9 ? RAW[(block + i) % RAW.length]
                            : String.format(Locale.ROOT, "%010d %s", millis, CHATTER[(block + i) % CHATTER.length]);
                    bytes += write(w, s);
                    lines++;
                }
                if (block % 50 == 49) {
                    millis = 12; // a device reset
                }
                block++;
            }
        }
        return lines;
    }

    private static int write(BufferedWriter w, String line) throws IOException {
        w.write(line);
        w.write("\r\n");
        return line.length() + 2;
    }

    private static final class Counter implements LogListener {
        long records;
        long attempts;
        long diagnoses;
        long chars;

        @Override
        public void onRecord(LogRecord record) {
            records++;
            chars += record.message().length();
        }

        @Override
        public void onAttempt(Attempt attempt) {
            attempts = attempt.number();
        }

        @Override
        public void onDiagnosis(Finding diagnosis) {
            diagnoses++;
        }
    }

    private static void measure(Path file, int run) throws IOException {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Counter counter = new Counter();
        LogEngine engine = new LogEngine(counter);
        byte[] buf = new byte[64 * 1024];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                engine.feed(buf, 0, n);
            }
        }
        engine.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // CPU time as well as wall time: the build machine is shared, so wall time includes waiting for a core.
        System.out.printf(Locale.ROOT,
                "run %d: %,d lines in %.2f s wall = %,.0f lines/s; %.2f s CPU = %,.0f lines/s (%.0f MB/s);"
                        + " %,d records, %,d attempts, %,d diagnosis updates; peak heap %.0f MB, after GC %.1f MB%n",
                run, engine.lines(), seconds, engine.lines() / seconds, cpuSeconds, engine.lines() / cpuSeconds,
                Files.size(file) / 1e6 / cpuSeconds, counter.records, counter.attempts, counter.diagnoses,
                peak / 1e6, retained / 1e6);
    }
}
