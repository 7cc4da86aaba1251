package dev.reclaim.ui.log;

import javafx.scene.control.ListCell;

/** A log line coloured by its level through a style class (log-info, log-warn, …). */
final class LogRowCell extends ListCell<LogRow> {
    private String levelClass;

    LogRowCell() {
        getStyleClass().add("log-row");
    }

    @Override
    protected void updateItem(LogRow row, boolean empty) {
        super.updateItem(row, empty);
        String cls = empty || row == null ? null : row.level().styleClass();
        if (levelClass != null && !levelClass.equals(cls)) {
            getStyleClass().remove(levelClass);
        }
        if (cls != null && !cls.equals(levelClass)) {
            getStyleClass().add(cls);
        }
        levelClass = cls;
        setText(empty || row == null ? null : row.text());
    }
}
