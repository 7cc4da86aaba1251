package dev.reclaim.ui.dct;

import dev.reclaim.dct.check.Check;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The findings about the DCT, most severe first; picking one that is about a field selects the field. */
final class ChecksView extends ListView<Check> {
    ChecksView(DctEditorViewModel vm) {
        super(vm.checks());
        setId("dct-checks");
        setPlaceholder(new Label("No findings."));
        setCellFactory(lv -> new CheckCell());
        getSelectionModel().selectedItemProperty().addListener((o, a, check) -> {
            if (check != null && check.field() != null) {
                vm.selectField(check.field());
            }
        });
    }

    private static final class CheckCell extends ListCell<Check> {
        private final Label severity = new Label();
        private final Label message = new Label();
        private final Label fix = new Label();
        private final VBox box;

        CheckCell() {
            message.setWrapText(true);
            severity.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            fix.setWrapText(true);
            fix.getStyleClass().add("muted");
            HBox head = new HBox(8, severity, message);
            head.setAlignment(Pos.TOP_LEFT);
            box = new VBox(2, head, fix);
            box.setMinWidth(0);
            box.setPrefWidth(1);
        }

        @Override
        protected void updateItem(Check c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            severity.setText(c.severity().id());
            severity.getStyleClass().setAll("label", "badge", switch (c.severity()) {
                case ERROR -> "error";
                case WARNING -> "warn";
                case INFO -> "muted";
            });
            message.setText(c.message());
            fix.setText(c.fix() == null ? "" : "Fix: " + c.fix());
            setGraphic(box);
        }
    }
}
