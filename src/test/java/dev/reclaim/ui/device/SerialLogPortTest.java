package dev.reclaim.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.link.SerialLink;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.link.SocatPtyPair;
import dev.reclaim.log.Diagnosis;
import dev.reclaim.log.RealP1Log;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import java.io.InputStream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A device picked as a log port (a real pseudo-terminal made with socat): its lines are read, tracked and diagnosed. */
class SerialLogPortTest extends WindowTest {
    private SocatPtyPair pty;

    @Override
    protected String deviceSpec() {
        try {
            pty = SocatPtyPair.start();
        } catch (Exception e) {
            throw new IllegalStateException("socat could not make a pty pair", e);
        }
        return "serial:" + pty.a();
    }

    @Override
    @AfterEach
    protected void closeWindows() throws Exception {
        super.closeWindows();
        pty.close();
    }

    @Test
    void linesArrivingOnTheLogPortAreShownTrackedAndDiagnosed(FxRobot robot) throws Exception {
        Fx.waitUntil(10, () -> robot.lookup("#status-link").queryAs(Label.class).getText()
                .equals("log port " + pty.a() + " · log connected"));
        byte[] log;
        try (InputStream in = getClass().getResourceAsStream(RealP1Log.RESOURCE)) {
            log = in.readAllBytes();
        }
        try (SerialLink device = SerialLink.open(pty.b().toString(), SerialSettings.log(SerialSettings.DEFAULT_LOG_BAUD))) {
            device.write(log);
            Fx.waitUntil(10, () -> window.log().allRows().size() == 16
                    && window.handshakes().diagnoses().size() == 2);
        }
        assertThat(Fx.on(() -> window.handshakes().diagnoses().stream().map(Diagnosis::id).toList()))
                .containsExactly("server_address_blank", "cloud_closed_during_key_exchange");
        assertThat(Fx.on(() -> window.handshakes().attempts().get(0).failedStage().id())).isEqualTo("receive-key");
    }
}
