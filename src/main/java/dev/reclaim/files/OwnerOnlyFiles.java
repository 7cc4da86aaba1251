package dev.reclaim.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
        Path dir = absolute.getParent();
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        requireRegularOrNew(absolute);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp", ownerOnly(dir));
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // not closed itself: closing it would close the channel before force()
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(temp, absolute, overwrite);
        } finally {
            Files.deleteIfExists(temp);
        }
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
