package dev.reclaim.ui;

import java.lang.management.ManagementFactory;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * With {@code -Dreclaim.timing=true}, prints on stderr when the window, the first diagnosis and the first DCT
 * appeared, counted from JVM start: the figures the startup benchmark reads. {@link #mark} adds the steps on the way
 * (toolkit started, window built, first frame) that say where the time before the window went.
 */
final class StartupTiming {
    static final boolean ON = Boolean.getBoolean("reclaim.timing");

    private StartupTiming() {
    }

    static void mark(String what) {
        if (ON) {
            print(what);
        }
    }

    static void report(Stage stage, MainWindow window) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            print("window shown");
            Runnable[] firstFrame = new Runnable[1];
            firstFrame[0] = () -> {
                window.scene().removePostLayoutPulseListener(firstFrame[0]);
                print("first frame laid out");
            };
            window.scene().addPostLayoutPulseListener(firstFrame[0]);
        });
        once(window.handshakes().diagnoses(), "first diagnosis shown");
        onceNonNull(window.dct().reportProperty(), "DCT shown");
    }

    private static void once(ObservableList<?> list, String what) {
        list.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> c) {
                if (!list.isEmpty()) {
                    list.removeListener(this);
                    print(what);
                }
            }
        });
    }

    private static void onceNonNull(ObservableValue<?> value, String what) {
        value.addListener(new javafx.beans.value.ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object old, Object now) {
                if (now != null) {
                    value.removeListener(this);
                    print(what);
                }
            }
        });
    }

    private static void print(String what) {
        System.err.println("reclaim: " + what + " "
                + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                + " ms after JVM start (" + cpuMillis() + " ms of CPU)");
    }

    /** The process's CPU time so far: on a shared machine it says more than the wall time does. */
    private static long cpuMillis() {
        // ProcessHandle (java.base): the installed runtime has no jdk.management for com.sun.management's bean
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }
}
