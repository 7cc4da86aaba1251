package dev.reclaim.bench;

import dev.reclaim.link.ByteLink;
import dev.reclaim.log.LinkLogSource;
import dev.reclaim.sim.SimulatedWire;
import dev.reclaim.ui.common.FileDialogs;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.ui.common.ProblemBanner;
import dev.reclaim.ui.log.HandshakeViewModel;
import dev.reclaim.ui.log.LogSession;
import dev.reclaim.ui.log.LogView;
import dev.reclaim.ui.log.LogViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Feeds the live log pipeline the way a device does — bytes over a simulated UART, through the log engine on the reader
 * thread, into the view once per frame — at a fixed line rate, and measures what the FX thread suffers: the gaps
 * between frames (a gap over 100 ms is a visible stall), its own work per frame, and lines dropped. Run it on a
 * real display or under Xvfb:
 * <pre>
 *   mvn -q -o -DskipTests package test-compile
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:+UseZGC -cp target/reclaim.jar:target/test-classes \
 *       dev.reclaim.bench.LogFeedBench [linesPerSecond=100000] [seconds=10]
 * </pre>
 */
public final class LogFeedBench {
    private static int rate = 100_000;
    private static int seconds = 10;

    private LogFeedBench() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            rate = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            seconds = Integer.parseInt(args[1]);
        }
        // The main class must not extend Application, or the launcher insists on JavaFX modules.
        Application.launch(Bench.class, args);
    }

    /** The measuring application. */
    public static final class Bench extends Application {
        private final long[] gaps = new long[200_000];
        private final long[] work = new long[200_000];
        private int frames;
        private int works;
        private long lastFrame;
        private long pulseStart;

        @Override
        public void start(Stage stage) {
            LogViewModel vm = new LogViewModel();
            HandshakeViewModel handshakes = new HandshakeViewModel();
            Operations ops = new Operations(Executors.newSingleThreadExecutor(), new ProblemBanner());
            LogView view = new LogView(vm, ops, FileDialogs.nativeFor(stage));
            VBox.setVgrow(view, Priority.ALWAYS);
            stage.setScene(new Scene(new VBox(view), 1200, 800));
            stage.show();
            // One timer does what the window's frame pump does, timed together with the CSS and layout pass that
            // follows (rendering excluded): that is the FX thread's work per frame.
            AnimationTimer meter = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                    if (lastFrame != 0 && frames < gaps.length) {
                        gaps[frames++] = now - lastFrame;
                    }
                    lastFrame = now;
                    vm.drain();
                    handshakes.drain();
                }
            };
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (pulseStart != 0 && works < work.length) {
                    work[works++] = System.nanoTime() - pulseStart;
                    pulseStart = 0;
                }
            });
            meter.start();
            SimulatedWire wire = SimulatedWire.unwired();
            ByteLink device = wire.deviceEnd();
            LogSession live = new LogSession(new LinkLogSource(wire.hostEnd(), "the bench's wire"), vm, handshakes)
                    .start(e -> { });
            Thread writer = new Thread(() -> feed(device, vm, live, meter), "bench-device");
            writer.setDaemon(true);
            writer.start();
        }

        private void feed(ByteLink device, LogViewModel vm, LogSession live, AnimationTimer meter) {
            sleep(1500); // let the window settle before measuring
            frames = 0;
            works = 0;
            String[] levels = {"INFO", "INFO", "INFO", "WARN", "TRACE", "ERROR"};
            long total = (long) rate * seconds;
            long t0 = System.nanoTime();
            long sent = 0;
            StringBuilder chunk = new StringBuilder(1 << 16);
            while (sent < total) {
                long due = Math.min(total, (System.nanoTime() - t0) * rate / 1_000_000_000L);
                chunk.setLength(0);
                for (; sent < due; sent++) {
                    String stamp = Long.toString(5_000 + sent / 100);
                    chunk.append("0000000000", stamp.length(), 10).append(stamp).append(" [comm.protocol] ")
                            .append(levels[(int) (sent % levels.length)]).append(": message number ").append(sent)
                            .append("\r\n");
                }
                if (chunk.length() > 0) {
                    send(device, chunk.toString().getBytes(StandardCharsets.US_ASCII));
                }
                LockSupport.parkNanos(500_000);
            }
            double feedSeconds = (System.nanoTime() - t0) / 1e9;
            long sentFinal = sent;
            long waitStart = System.nanoTime();
            while (vm.receivedProperty().get() + vm.droppedProperty().get() < sentFinal
                    && System.nanoTime() - waitStart < 20_000_000_000L) {
                sleep(20);
            }
            double catchUpMs = (System.nanoTime() - waitStart) / 1e6;
            live.stop();
            Platform.runLater(() -> {
                meter.stop();
                report(sentFinal, feedSeconds, catchUpMs, vm);
                Platform.exit();
            });
        }

        private void report(long sent, double feedSeconds, double catchUpMs, LogViewModel vm) {
            long[] g = Arrays.copyOf(gaps, frames);
            Arrays.sort(g);
            long[] w = Arrays.copyOf(work, works);
            Arrays.sort(w);
            long stalls = Arrays.stream(g).filter(x -> x > 100_000_000L).count();
            System.out.printf("lines sent            %,d in %.2f s (%,.0f lines/s)%n", sent, feedSeconds,
                    sent / feedSeconds);
            System.out.printf("lines in view         %,d (cap %,d), dropped %,d%n", vm.allRows().size(),
                    LogViewModel.DEFAULT_CAP, vm.droppedProperty().get());
            System.out.printf("caught up             %.0f ms after the last line%n", catchUpMs);
            System.out.printf("frame gaps            %,d frames; median %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " stalls >100 ms: %d%n", g.length, ms(g, 0.5), ms(g, 0.99), ms(g, 1), stalls);
            System.out.printf("FX work per frame     (drain + CSS + layout) median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ms(w, 0.5), ms(w, 0.99), ms(w, 1));
        }

        private static void send(ByteLink device, byte[] bytes) {
            try {
                device.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static double ms(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6;
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
