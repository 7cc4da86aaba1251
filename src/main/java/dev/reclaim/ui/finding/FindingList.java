package dev.reclaim.ui.finding;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.WizardId;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A scrolling column of {@link FindingCard}s that follows a list of findings: the log's diagnoses and the DCT
 * editor's checks are both shown with it.
 */
public final class FindingList extends ScrollPane {
    private final VBox cards = new VBox(10);

    /**
     * @param findings what to show, in order (rebuilt on every change: the lists hold a dozen findings at most)
     * @param empty    what to say when there is nothing
     * @param launcher starts a card's wizard
     * @param reveal   shows where a card's finding is
     */
    public FindingList(ObservableList<Finding> findings, String empty, Consumer<WizardId> launcher,
            Consumer<Finding> reveal) {
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        cards.setFillWidth(true);
        cards.getStyleClass().add("finding-cards");
        setContent(cards);
        Label none = new Label(empty);
        none.getStyleClass().add("muted");
        none.setWrapText(true);
        Runnable render = () -> {
            cards.getChildren().clear();
            if (findings.isEmpty()) {
                cards.getChildren().add(none);
            }
            for (Finding f : findings) {
                cards.getChildren().add(new FindingCard(f, launcher, reveal));
            }
        };
        findings.addListener((ListChangeListener<Finding>) c -> render.run());
        render.run();
    }

    /** The column of cards (for an id a test or a stylesheet can find). */
    public VBox cards() {
        return cards;
    }
}
