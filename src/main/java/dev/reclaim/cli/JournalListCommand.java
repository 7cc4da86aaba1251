package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalEntry;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code reclaim journal list}: the workflow runs, newest first. */
@Command(name = "list", description = "List the journal's entries, newest first.")
final class JournalListCommand implements Callable<Integer> {
    @Mixin
    ListOptions options;

    @Mixin
    JournalOption journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var deviceId = options.deviceId();
        List<JournalEntry> entries;
        try (Journal opened = journal.open()) {
            entries = opened.list(deviceId);
        } catch (JournalException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("entries");
            entries.forEach(e -> list.add(toJson(e)));
            Json.print(out, doc);
            return ExitCodes.OK;
        }
        if (entries.isEmpty()) {
            out.println(deviceId.map(d -> "No journal entries for " + d + ".").orElse("No journal entries yet."));
        }
        for (JournalEntry e : entries) {
            out.printf("#%d  %s  %s  %s  %s  (%s by %s, %.1f s)%n", e.id(), e.started(), e.deviceId(), e.wizard(),
                    e.outcome(), e.station(), e.operator(), e.duration().toMillis() / 1000.0);
            for (StepRecord s : e.steps()) {
                out.printf("    %d. %-32s %-9s %6.1f s  %s%n", s.number(), s.title(), s.outcome().id(),
                        s.duration().toMillis() / 1000.0, s.detail());
            }
            e.keys().forEach(k -> out.printf("    key %s: %s%n", k.role(), k.fingerprint()));
            e.backups().forEach(b -> out.printf("    backup %s (sha256 %s)%n", b.path(), b.sha256()));
            if (!e.witness().isEmpty()) {
                out.printf("    witness: %s%n", e.witness());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode toJson(JournalEntry e) {
        ObjectNode n = Json.object().put("id", e.id()).put("runId", e.runId().toString()).put("station", e.station()).put("operator", e.operator())
                .put("deviceId", e.deviceId()).put("wizard", e.wizard()).put("started", e.started().toString())
                .put("seconds", e.duration().toMillis() / 1000.0).put("outcome", e.outcome())
                .put("witness", e.witness());
        StepsJson.addTo(n.putArray("steps"), e.steps());
        ArrayNode keys = n.putArray("keys");
        e.keys().forEach(k -> keys.addObject().put("role", k.role()).put("fingerprint", k.fingerprint()));
        ArrayNode backups = n.putArray("backups");
        e.backups().forEach(b -> backups.addObject().put("path", b.path().toString()).put("sha256", b.sha256()));
        return n;
    }
}
