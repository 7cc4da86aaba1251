package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.files.InputFiles;
import dev.reclaim.keys.KeyFormatException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Key files (the text form {@code @FILE}, the bytes of a file), and key DER padded into a slot. */
final class KeyFileValue {
    private static final int MAX_KEY_FILE = 64 * 1024;

    private KeyFileValue() {
    }

    /** The file named by the text form {@code @FILE}. */
    static Path path(Field field, String text) throws InvalidValueException {
        if (!text.startsWith("@") || text.length() < 2) {
            throw new InvalidValueException(field.name() + " takes a key file as @FILE (DER or PEM), not \"" + text + "\"");
        }
        return Path.of(text.substring(1));
    }

    static byte[] read(Field field, Path path) throws InvalidValueException {
        try {
            return InputFiles.readAtMost(path, MAX_KEY_FILE, "a key file");
        } catch (InputFiles.UnusableInputException e) {
            throw new InvalidValueException(field.name() + ": " + path + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new InvalidValueException(field.name() + ": there is no file " + path);
        } catch (IOException e) {
            throw new InvalidValueException(field.name() + ": cannot read " + path + " (" + e.getMessage() + ")");
        }
    }

    /** The key in the file, read by {@code reader}; a file that holds no such key is refused with the reason. */
    static <K> K readKey(Field field, Path path, KeyReader<K> reader) throws InvalidValueException {
        byte[] file = read(field, path);
        try {
            return reader.read(file);
        } catch (KeyFormatException e) {
            throw new InvalidValueException(field.name() + ": " + path + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    interface KeyReader<K> {
        K read(byte[] file) throws KeyFormatException;
    }

    /** {@code der} and then {@code fill} to the end of the writable part. */
    static byte[] padded(Field field, byte[] der, int writableSize, byte fill) throws InvalidValueException {
        if (der.length > writableSize) {
            throw new InvalidValueException(field.name() + " holds " + writableSize + " bytes; the key's DER is "
                    + der.length);
        }
        byte[] out = Arrays.copyOf(der, writableSize);
        Arrays.fill(out, der.length, writableSize, fill);
        return out;
    }
}
