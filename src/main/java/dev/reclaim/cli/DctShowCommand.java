package dev.reclaim.cli;

import dev.reclaim.dct.DctImage;
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

/** {@code reclaim dct show FILE [--json] [--copy N]}: format, copies, every decoded field, findings. */
@Command(name = "show", description = "Show a DCT file: its format, both copies and which one is in use, every field decoded, and the findings.")
final class DctShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Two-sector dump, single sector, application-DCT dump (DFU alt 1) or Intel HEX.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--copy", paramLabel = "N", description = "Decode copy 1 or 2 even if the firmware would not use it.")
    Integer copy;

    @Override
    public Integer call() {
        DctImage image = DctFiles.read(file);
        if (copy != null && (copy < 1 || copy > image.copyCount())) {
            throw new UserFacingException("--copy " + copy + ": this " + image.format().id() + " file has "
                    + (image.copyCount() == 0 ? "no copies" : image.copyCount() == 1 ? "only copy 1" : "copies 1 and 2"));
        }
        DctReport report = copy == null ? DctInspector.inspect(image) : DctInspector.inspectCopy(image, copy);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, DctReportJson.show(file.toString(), report));
        } else {
            DctReportText.summary(out, file.toString(), report);
            DctReportText.fields(out, report);
            DctReportText.checks(out, report.checks());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
