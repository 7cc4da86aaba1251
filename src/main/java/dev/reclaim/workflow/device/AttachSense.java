package dev.reclaim.workflow.device;

import java.io.IOException;

/**
 * Tells, cheaply and without touching the device's flash, whether a target is attached now: what a station watches
 * between devices so that the next one starts when it is attached.
 */
public interface AttachSense {
    /**
     * Whether a target is attached now.
     *
     * @throws IOException when it cannot be told (the probe is gone or cannot measure): neither yes nor no
     */
    boolean attached() throws IOException;

    /** What is watched, for the operator: "the target voltage on ST-Link 0671FF…". */
    String description();
}
