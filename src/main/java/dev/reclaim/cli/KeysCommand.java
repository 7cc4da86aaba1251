package dev.reclaim.cli;

import dev.reclaim.keys.KeyFiles;
import dev.reclaim.keys.RsaPrivateKey;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reclaim keys ...}: device key files. */
@Command(name = "keys", description = "Device keys in particle-cli's file conventions.", subcommands = {KeysNewCommand.class, KeysExportCommand.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'reclaim keys --help'.");
    }

    /** Writes a key's files for {@code keys new} and {@code keys export}; a failure is one line for the user. */
    static void write(KeyFiles files, RsaPrivateKey key, boolean force) {
        try {
            files.write(key, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(e.getFile() + " exists; choose another name or add --force");
        } catch (IOException e) {
            throw new UserFacingException("cannot write the key files: " + e.getMessage());
        }
    }
}
