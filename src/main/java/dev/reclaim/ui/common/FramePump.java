package dev.reclaim.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;

/**
 * Runs the view models' per-frame work (taking in what reader threads queued) once per JavaFX pulse. One timer
 * for all of them, so everything a frame shows was taken in at the same moment.
 */
public final class FramePump {
    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Runnable t : tasks) {
                t.run();
            }
        }
    };

    public FramePump add(Runnable perFrame) {
        tasks.add(perFrame);
        return this;
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }
}
