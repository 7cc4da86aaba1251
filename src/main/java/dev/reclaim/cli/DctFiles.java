package dev.reclaim.cli;

import dev.reclaim.dct.DctFormatException;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads DCT files for the commands, turning every failure into a one-line message and exit code 2. */
final class DctFiles {
    private DctFiles() {
    }

    static DctImage read(Path file) {
        try {
            return DctReader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("there is no file " + file);
        } catch (DctFormatException e) {
            throw new UserFacingException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
