package dev.reclaim.cli;

import dev.reclaim.dct.DctFormatException;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.finding.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reclaim dct set FILE FIELD=VALUE... --out OUT}: writes the edited DCT in the input's format. A
 * two-sector image gets a new copy exactly as firmware ≥0.7 writes one; the plan is printed. Nothing is written
 * unless every value fits; the output is written atomically, owner-only (it holds the device key), and read back.
 */
@Command(name = "set", description = {"Set DCT fields and write the result to a new file in the same format.",
    "Values: server_address=HOST[:PORT]|IPv4[:PORT], server_public_key=particle|@FILE, device_private_key=@FILE "
            + "(also sets device_public_key), claim_code=TEXT, claimed=true|false, device_id=24HEX, numbers for "
            + "integer fields, FIELD=hex:DIGITS (exact bytes), FIELD=blank (erase)."})
final class DctSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The DCT to start from (any format).")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", description = "Fields to set.")
    List<String> assignments;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where to write the result.")
    Path out;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Override
    public Integer call() {
        DctImage image = DctFiles.read(file);
        PrintWriter w = spec.commandLine().getOut();
        List<DctEdit> edits;
        DctWriter.Edited edited;
        try {
            edits = DctEdits.photonP1().parse(assignments);
            edited = DctWriter.edit(image, edits);
        } catch (InvalidValueException e) {
            throw new UserFacingException(e.getMessage() + "; nothing was written");
        }
        w.println("Read  " + file + ": " + image.description());
        for (DctEdit e : edits) {
            w.println("Set   " + e.field() + " = " + e.summary());
        }
        edited.plan().ifPresent(plan -> {
            w.println();
            w.println("Write plan (the steps firmware 0.7+ takes; a device is written the same way):");
            w.print(plan.describe().indent(2));
        });
        byte[] content = edited.image().toFileBytes();
        write(content);
        verify(edited.image());
        w.println();
        w.println("Wrote " + out + ": " + edited.image().description() + inUse(edited.image()));
        List<Finding> problems = DctInspector.inspect(edited.image()).checks().stream()
                .filter(Finding::isProblem).toList();
        if (!problems.isEmpty()) {
            w.println("The result still has " + problems.stream().map(c -> c.severity().id() + " " + c.id())
                    .collect(java.util.stream.Collectors.joining(", ")) + " (reclaim dct check " + out + " explains).");
        }
        w.flush();
        return ExitCodes.OK;
    }

    private void write(byte[] content) {
        try {
            OwnerOnlyFiles.write(out, content, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(out + " exists; choose another --out or add --force to replace it");
        } catch (IOException e) {
            throw new UserFacingException("cannot write " + out + ": " + e.getMessage());
        }
    }

    /** Reads the written file back and compares it with what was meant to be written. */
    private void verify(DctImage expected) {
        try {
            DctImage back = DctReader.read(out);
            if (!java.util.Arrays.equals(back.bytes(), expected.bytes()) || back.format() != expected.format()) {
                discard("read-back of " + out + " differs from what was written");
            }
        } catch (IOException | DctFormatException e) {
            discard("cannot read back " + out + " (" + e.getMessage() + ")");
        }
    }

    /** A file that fails its read-back is removed, so that nobody flashes it. */
    private void discard(String why) {
        try {
            java.nio.file.Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UserFacingException(why + "; delete it by hand, do not use it", ExitCodes.PROBLEM);
        }
        throw new UserFacingException(why + "; it was removed", ExitCodes.PROBLEM);
    }

    private static String inUse(DctImage image) {
        if (image.copyCount() == 0) {
            return "";
        }
        return image.select(DctGeneration.VERSIONED).currentReport()
                .map(c -> ", copy " + c.index() + " in use" + (c.sequence() == null ? "" : " (sequence " + c.sequence() + ")"))
                .orElse(", no valid copy");
    }
}
