package dev.reclaim.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first reaches their control. Each {@link Tooltip} is a popup window with its own
 * scene; the twenty on the main window's first screen were a sixth of the FX thread's work before the window showed
 * (JFR, issue 11). The tooltip shows as an eager one does: the pointer's moves after it enters start its delay.
 */
public final class Tips {
    private Tips() {
    }

    public static void on(Control control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
