package dev.reclaim.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A test that drives the real main window, headless, by default on the simulated P1 ({@code keys-rejected}). */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    protected final TestWindows windows = new TestWindows();
    protected MainWindow window;

    @BeforeEach
    protected void openWindow() throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> windows.open(new Stage(), deviceSpec()))
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The device the window opens on; "" for none (tests of files, so no live device interferes). */
    protected String deviceSpec() {
        return "sim:keys-rejected";
    }

    @AfterEach
    protected void closeWindows() throws Exception {
        windows.close();
    }
}
