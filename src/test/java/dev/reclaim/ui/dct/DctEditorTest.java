package dev.reclaim.ui.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctDiff;
import dev.reclaim.dct.check.CheckId;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.ui.Fx;
import dev.reclaim.ui.WindowTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DctEditorTest extends WindowTest {
    @Override
    protected String deviceSpec() {
        return "";
    }
    @TempDir
    Path dir;
    @Test
    void editTheServerHostSaveReopenAndSeeTheNewValue(FxRobot robot) throws Exception {
        Path file = dir.resolve("dct.bin");
        Files.write(file, DctImages.healthy(DctImages.newKey()));
        open(robot, file);

        robot.clickOn(cell(robot, "server_address"));
        assertThat(window.dct().selectedProperty().get().name()).isEqualTo("server_address");
        TextField host = robot.lookup("#server-host").query();
        assertThat(host.getText()).isEqualTo("device.spark.io");
        robot.interact(host::clear);
        robot.clickOn(host).write("cloud.example.com");
        robot.clickOn("#server-port").write("5684");
        robot.clickOn("#server-apply");

        waitForValue("server_address", "cloud.example.com:5684");
        assertThat(window.dct().reportProperty().get().selection().current())
                .as("the edit is written as the next copy, as the firmware does").isEqualTo(2);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(5, () -> window.dct().titleProperty().get().equals("dct.bin"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        robot.interact(() -> window.openFile(file));
        Fx.waitUntil(5, () -> window.dct().historyProperty().get() != null
                && !window.dct().historyProperty().get().canUndoProperty().get()
                && window.dct().selectField("server_address"));
        assertThat(window.dct().selectedProperty().get().value()).contains("cloud.example.com:5684");
    }

    @Test
    void aSelectedFieldShowsItsBytesAndAClickedByteSelectsItsField(FxRobot robot) throws Exception {
        Path file = dir.resolve("dct.bin");
        Files.write(file, DctImages.healthy(DctImages.newKey()));
        open(robot, file);

        robot.clickOn(cell(robot, "device_id"));
        FieldRow deviceId = window.dct().selectedProperty().get();
        assertThat(window.dctView().hexView().getSelectedSpan()).isEqualTo(deviceId.span());
        assertThat(window.dctView().hexView().screenPointOf(deviceId.imageOffset())).isPresent();

        int inClaimCode = window.dct().fields().stream().filter(f -> f.name().equals("claim_code")).findFirst()
                .orElseThrow().imageOffset() + 3;
        robot.interact(() -> window.dctView().hexView().scrollTo(inClaimCode));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(window.dctView().hexView().screenPointOf(inClaimCode).orElseThrow());
        assertThat(window.dct().selectedProperty().get().name()).isEqualTo("claim_code");
        TableView<?> table = robot.lookup("#field-table").queryTableView();
        assertThat(((FieldRow) table.getSelectionModel().getSelectedItem()).name()).isEqualTo("claim_code");
    }

    @Test
    void aFieldEditIsOneUndoableStepAndShowsInTheChanges(FxRobot robot) throws Exception {
        Path file = dir.resolve("dct.bin");
        Files.write(file, DctImages.healthy(DctImages.newKey()));
        open(robot, file);
        assertThat(Fx.on(() -> window.dct().selectField("claim_code"))).isTrue();
        TextField text = robot.lookup("#field-text").query();
        robot.interact(text::clear);
        robot.clickOn(text).write("newcode99");
        robot.clickOn("#field-apply");
        assertThat(robot.lookup("#field-error").queryAs(Label.class).getText()).isEmpty();
        waitForValue("claim_code", "newcode99");
        DctDiff diff = window.dct().compareWithBaseline();
        assertThat(diff.fields()).extracting(c -> c.field().name()).containsExactly("claim_code");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForValue("claim_code", "ab12cd34ef");
        assertThat(window.dct().compareWithBaseline().isEmpty()).isTrue();
    }

    @Test
    void importingAKeyFixesTheBlankKeyChecksAndShowsItsFingerprint(FxRobot robot) throws Exception {
        Path file = dir.resolve("dct.bin");
        Files.write(file, DctImages.keysBlank());
        open(robot, file);
        assertThat(window.dct().reportProperty().get().has(CheckId.DEVICE_PRIVATE_KEY_BLANK)).isTrue();

        // the finding card's field link selects the field; its wizard button goes through the window's one launcher,
        // which needs a device to work on: a file alone gets a note instead of a wizard window
        // (fired rather than clicked: the checks pane is short and a card may be scrolled out of view)
        Button wizard = robot.lookup("#dct-checks .fix-button")
                .lookup((Button b) -> b.getText().equals("Recover keys…")).queryAs(Button.class);
        robot.interact(wizard::fire);
        assertThat(window.openWizard()).isNull();
        assertThat(window.operations().lastOutcomeProperty().get())
                .startsWith("Recover keys: select a device Reclaim can write to first");
        Hyperlink field = robot.lookup("#dct-checks .finding-where")
                .lookup((Hyperlink h) -> h.getText().equals("Field device_private_key")).queryAs(Hyperlink.class);
        robot.interact(field::fire);
        assertThat(window.dct().selectedProperty().get().name()).isEqualTo("device_private_key");

        RsaPrivateKey key = DctImages.newKey();
        Path pem = dir.resolve("device.pem");
        Files.writeString(pem, key.toPem(), StandardCharsets.US_ASCII);
        windows.dialogs.answer(pem);
        robot.clickOn("#key-import");
        Fx.waitUntil(5, () ->
                !window.dct().reportProperty().get().has(CheckId.DEVICE_PRIVATE_KEY_BLANK)
                        && window.dct().selectField("device_private_key"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#key-fingerprint").queryAs(Label.class).getText())
                .isEqualTo(key.publicKey().fingerprint());
        assertThat(robot.lookup("#key-pair-check").queryAs(Label.class).getText()).startsWith("✓");
    }

    @Test
    void everyFieldOfTheLayoutShowsTheEditorItsTypeGets(FxRobot robot) throws Exception {
        openHealthy(robot);
        for (dev.reclaim.dct.layout.Field f : dev.reclaim.dct.layout.DctLayout.photonP1().fields()) {
            robot.interact(() -> assertThat(window.dct().selectField(f.name())).as(f.name()).isTrue());
            String id = "#editor-" + FieldEditorKind.forType(f.type()).name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-');
            assertThat(robot.lookup("#field-editor " + id).tryQuery()).as(f.name() + " shows " + id).isPresent();
        }
    }

    @Test
    void aServerAddressOfTheWrongTypeIsRefusedWithTheEnginesReason(FxRobot robot) throws Exception {
        openHealthy(robot);
        robot.interact(() -> window.dct().selectField("server_address"));
        robot.interact(() -> robot.lookup("#server-type").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(dev.reclaim.dct.codec.ServerAddress.Type.IP));
        robot.clickOn("#server-apply");
        assertThat(robot.lookup("#field-error").queryAs(Label.class).getText())
                .contains("\"device.spark.io\" is not an IPv4 address");
        assertThat(window.dct().compareWithBaseline().isEmpty()).isTrue();

        robot.clickOn("#server-particle");
        assertThat(robot.lookup("#field-error").queryAs(Label.class).getText()).isEmpty();
    }

    private void openHealthy(FxRobot robot) throws Exception {
        Path file = dir.resolve("dct.bin");
        Files.write(file, DctImages.healthy(DctImages.newKey()));
        open(robot, file);
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.openFile(file));
        Fx.waitUntil(5, () -> !window.dct().fields().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

    }

    private void waitForValue(String field, String expected) throws Exception {
        Fx.waitUntil(5, () -> window.dct().fields().stream()
                .anyMatch(f -> f.name().equals(field) && f.value().contains(expected)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Finds a field the way a user does: types its name into the field finder, then takes its cell. */
    private static javafx.scene.Node cell(FxRobot robot, String name) {
        TextField finder = robot.lookup("#field-filter").query();
        robot.interact(finder::clear);
        robot.clickOn(finder).write(name);
        return robot.lookup("#field-table .table-cell").lookup((javafx.scene.control.Labeled l) ->
                name.equals(l.getText())).query();
    }
}
