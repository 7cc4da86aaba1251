package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.reclaim.workflow.wizard.StepRecord;
import java.util.List;

/** A wizard run's step records as JSON, the same in the journal's listing and in each wizard command's output. */
final class StepsJson {
    private StepsJson() {
    }

    static void addTo(ArrayNode array, List<StepRecord> steps) {
        for (StepRecord s : steps) {
            array.addObject().put("number", s.number()).put("title", s.title()).put("outcome", s.outcome().id())
                    .put("started", s.started().toString()).put("seconds", s.duration().toMillis() / 1000.0)
                    .put("detail", s.detail());
        }
    }
}
