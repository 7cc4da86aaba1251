package dev.reclaim.ui.hex;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HexViewTest {
    private static final int MIB = 1 << 20;
    private HexView view;
    private ByteDocument doc;
    private EditHistory history;
    private final Span nearEnd = new Span("tail_field", MIB - 300, 40, Color.ORANGE, "near the end");
    private final Span port = new Span("port", 66, 2, Color.RED, "");
    private final Span address = new Span("server_address", 0, 128, Color.GREEN, "type, length, name");

    @Start
    void start(Stage stage) {
        byte[] bytes = new byte[MIB];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        doc = new ByteDocument(bytes, 0x08004000L);
        history = new EditHistory(doc);
        view = new HexView();
        view.setSource(doc);
        view.historyProperty().set(history);
        view.getSpans().addAll(address, port, nearEnd);
        stage.setScene(new Scene(view, 760, 480));
        stage.show();
    }

    @Test
    void selectingASpanFarDownScrollsItIntoView(FxRobot robot) {
        robot.interact(() -> view.selectedSpanProperty().set(nearEnd));
        WaitForAsyncUtils.waitForFxEvents();
        int row = nearEnd.offset() / 16;
        int[] visible = view.visibleRows().orElseThrow();
        assertThat(row).isBetween(visible[0], visible[1]);
        assertThat(view.screenPointOf(nearEnd.offset())).isPresent();
    }

    @Test
    void clickingAByteReportsTheSmallestSpanItBelongsTo(FxRobot robot) {
        robot.clickOn(point(67));
        assertThat(view.getCaret()).isEqualTo(67);
        assertThat(view.getSelectedSpan()).isEqualTo(port);

        robot.clickOn(point(5));
        assertThat(view.getSelectedSpan()).isEqualTo(address);

        robot.clickOn(point(200));
        assertThat(view.getCaret()).isEqualTo(200);
        assertThat(view.getSelectedSpan()).isNull();
    }

    @Test
    void typingTwoHexDigitsWritesTheByteAsOneUndoableStep(FxRobot robot) {
        robot.clickOn(point(130));
        robot.type(KeyCode.A, KeyCode.DIGIT5);
        assertThat(doc.get(130)).isEqualTo(0xA5);
        assertThat(doc.isModified(130)).isTrue();
        assertThat(view.getCaret()).isEqualTo(131);
        robot.type(KeyCode.RIGHT, KeyCode.DOWN);
        assertThat(view.getCaret()).isEqualTo(148);

        robot.interact(history::undo);
        assertThat(doc.get(130)).isEqualTo(130);
        assertThat(doc.isModified(130)).isFalse();
    }

    private Point2D point(int offset) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.screenPointOf(offset).orElseThrow(() -> new AssertionError("byte " + offset + " not on screen"));
    }
}
