package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.workflow.BackupStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code reclaim backup list}: every DCT backup with its device, time and reason. */
@Command(name = "list", description = "List the DCT backups, newest first: ID, device, time, why it was taken.")
final class BackupListCommand implements Callable<Integer> {
    @Mixin
    ListOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var deviceId = options.deviceId();
        List<BackupStore.Backup> backups;
        try {
            backups = BackupStore.standard().list(deviceId);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the backups (" + e.getMessage() + "): check the permissions"
                    + " of the backups directory under RECLAIM_HOME or ~/.reclaim.", ExitCodes.PROBLEM, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("backups");
            for (BackupStore.Backup b : backups) {
                list.addObject().put("id", b.id()).put("deviceId", b.deviceId()).put("takenAt", b.takenAt().toString())
                        .put("why", b.why()).put("path", b.file().toString()).put("sha256", b.sha256());
            }
            Json.print(out, doc);
            return ExitCodes.OK;
        }
        if (backups.isEmpty()) {
            out.println(deviceId.map(d -> "No backups of " + d + ".").orElse("No backups yet."));
        }
        for (BackupStore.Backup b : backups) {
            out.printf("%-42s %s  %s%n    %s%n", b.id(), b.takenAt(), b.why(), b.file());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
