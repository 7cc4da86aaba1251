package dev.reclaim.ui;

import java.lang.management.ManagementFactory;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * With {@code -Dreclaim.timing=true}, prints on stderr when the window, the first diagnosis and the first DCT
 * appeared, counted from JVM start: the figures the startup benchmark reads.
 */
final class StartupTiming {
    private StartupTiming() {
    }

    static void report(Stage stage, MainWindow window) {
        stage.setOnShown(e -> print("window shown"));
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
                + " ms after JVM start");
    }
}
