package dev.reclaim.cli;

import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.check.DctReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim dct check FILE [--json]}: exit 0 no problem, 1 errors or warnings found, 2 unusable input. */
@Command(name = "check", description = "Check a DCT file: copies, CRCs, device key pair, server key and address. "
        + "Exit 0: no problem; 1: problems found; 2: unusable input.")
final class DctCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Two-sector dump, single sector, application-DCT dump or Intel HEX.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        DctReport report = DctInspector.inspect(DctFiles.read(file));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, DctReportJson.check(file.toString(), report));
        } else {
            DctReportText.summary(out, file.toString(), report);
            DctReportText.checks(out, report.checks());
            out.flush();
        }
        return report.hasProblems() ? ExitCodes.PROBLEM : ExitCodes.OK;
    }
}
