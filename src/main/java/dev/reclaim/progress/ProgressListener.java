package dev.reclaim.progress;

/**
 * Hears how far a long transfer or workflow has come. Called on the working thread; a UI hands it over to its own.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} units (bytes for transfers). */
    void progress(long done, long total);

    /** A new stage begins ("Backing up the DCT", "Writing DCT2"); the byte count restarts with it. */
    default void stage(String description) {
    }
}
