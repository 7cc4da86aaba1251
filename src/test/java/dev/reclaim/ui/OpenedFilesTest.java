package dev.reclaim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Files the desktop sends after start (macOS's open-documents event) reach the window's open path, none lost. */
class OpenedFilesTest {
    /** Stands for the FX thread: runs what it is given later, when told, and says where it ran. */
    private static final class LaterThread implements Executor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable r) {
            queued.add(r);
        }

        synchronized void runAll() {
            queued.forEach(Runnable::run);
            queued.clear();
        }
    }

    private final LaterThread fx = new LaterThread();
    private final List<Path> opened = new ArrayList<>();

    @Test
    void filesThatArriveBeforeTheWindowOpenInOrderOnceItIsReady() {
        OpenedFiles files = new OpenedFiles(fx);
        files.arrived(List.of(Path.of("a.log")));
        files.arrived(List.of(Path.of("b.bin"), Path.of("c.hex")));
        fx.runAll();
        assertThat(opened).as("no window yet").isEmpty();

        files.openWith(opened::add);
        assertThat(opened).as("opened on the FX thread, not the caller's").isEmpty();
        fx.runAll();

        assertThat(opened).containsExactly(Path.of("a.log"), Path.of("b.bin"), Path.of("c.hex"));
    }

    @Test
    void filesThatArriveLaterOpenOnTheFxThreadEachOnce() {
        OpenedFiles files = new OpenedFiles(fx);
        files.openWith(opened::add);
        fx.runAll();

        files.arrived(List.of(Path.of("later.log")));
        assertThat(opened).isEmpty();
        fx.runAll();
        fx.runAll();

        assertThat(opened).containsExactly(Path.of("later.log"));
    }

    @Test
    void filesFromAnotherThreadWhileTheWindowGetsReadyAreNotLost() throws Exception {
        OpenedFiles files = new OpenedFiles(Runnable::run);
        List<Path> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        Thread desktop = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < 200; i++) {
                files.arrived(List.of(Path.of("f" + i + ".log")));
            }
        });
        desktop.start();
        go.countDown();
        files.openWith(seen::add);
        desktop.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(seen).hasSize(200).doesNotHaveDuplicates();
    }
}
