package dev.reclaim.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers that look at the window's state on the FX thread, where it is changed. */
public final class Fx {
    private Fx() {
    }

    /** Evaluates on the FX thread and returns the result. */
    public static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the window's state", e);
        }
    }

    /** Waits until the condition, evaluated on the FX thread, holds. */
    public static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> on(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
