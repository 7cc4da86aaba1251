package dev.reclaim.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way Reclaim writes a file. What it writes is private more often than not (key files, DCT images and
 * their backups hold device keys; logs name devices), so every file is owner-only (0600) where the file system has
 * POSIX permissions, and atomic: a temporary file in the same directory, flushed to disk, then moved over the target,
 * so a crash, a full disk or a cancelled export never leaves a half-written file.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int BUFFER = 1 << 16;

    /** Produces a file's bytes; an exception leaves the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFiles() {
    }

    /**
     * Writes {@code data} to {@code target}. With {@code overwrite} false an existing target is left alone and
     * {@link FileAlreadyExistsException} is thrown.
     */
    public static void write(Path target, byte[] data, boolean overwrite) throws IOException {
        write(target, out -> out.write(data), overwrite);
    }

    /** Writes what {@code content} produces to {@code target}, streamed; {@code overwrite} as for bytes. */
    public static void write(Path target, Content content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        requireWritable(absolute, overwrite);
        Path temp = staged(absolute, content);
        try {
            move(temp, absolute, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a set of files that belong together (a key's three files): every file is written in full to its
     * temporary file first, and only then are they renamed into place, so a full disk or any other failure while
     * writing leaves none of them (a partial set would block the next run, or pair a new private key with an old
     * public one). A rename that fails after others succeeded removes the new files it had put in place.
     */
    public static void writeAll(Map<Path, byte[]> files, boolean overwrite) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> placedNew = new ArrayList<>();
        try {
            for (Path target : files.keySet()) {
                requireWritable(target.toAbsolutePath(), overwrite);
            }
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path absolute = f.getKey().toAbsolutePath();
                byte[] data = f.getValue();
                staged.put(absolute, staged(absolute, out -> out.write(data)));
            }
            for (Map.Entry<Path, Path> f : staged.entrySet()) {
                boolean existed = Files.exists(f.getKey(), LinkOption.NOFOLLOW_LINKS);
                try {
                    move(f.getValue(), f.getKey(), overwrite);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (IOException e) {
                    throw cannotWrite(f.getKey(), e);
                }
                if (!existed) {
                    placedNew.add(f.getKey());
                }
            }
            placedNew.clear();
        } finally {
            for (Path temp : staged.values()) {
                Files.deleteIfExists(temp);
            }
            for (Path p : placedNew) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void requireWritable(Path absolute, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        requireRegularOrNew(absolute);
    }

    /** {@code content} in a new owner-only temporary file beside {@code absolute}, flushed to disk. */
    private static Path staged(Path absolute, Content content) throws IOException {
        Path dir = absolute.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp", ownerOnly(dir));
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        }
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // not closed itself: closing it would close the channel before force()
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            return temp;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw cannotWrite(absolute, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * The reason, about the file the user named ("TARGET: reason"): the temporary file is ours, and its name
     * (".k.der.8121.tmp") would only confuse.
     */
    private static IOException cannotWrite(Path target, IOException e) {
        if (e instanceof java.io.InterruptedIOException) {
            return e; // the caller's content was cancelled: not a failure of the file, and callers tell it apart
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        boolean full = reason != null && reason.contains("No space left");
        FileSystemException named = new FileSystemException(target.toString(), null, reason + (full
                ? " (free some space or choose another folder; nothing was written)" : ""));
        named.initCause(e);
        return named;
    }

    /**
     * Replacing renames over the target, so a device node (/dev/null), a named pipe or a symbolic link would itself
     * be replaced by a private file: only a regular file or a new path may be written.
     */
    private static void requireRegularOrNew(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String what = Files.isSymbolicLink(target) ? "a symbolic link" : Files.isDirectory(target,
                LinkOption.NOFOLLOW_LINKS) ? "a directory" : "a device or other special file";
        throw new IOException(target + " is " + what + ", not a regular file; Reclaim writes only regular files and new"
                + " paths (choose another path, or the file the link points to)");
    }

    private static void move(Path temp, Path target, boolean overwrite) throws IOException {
        if (!overwrite) {
            Files.move(temp, target); // fails with FileAlreadyExistsException if the target appeared meanwhile
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }
}
