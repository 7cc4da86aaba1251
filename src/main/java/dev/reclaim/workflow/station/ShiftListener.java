package dev.reclaim.workflow.station;

import dev.reclaim.workflow.wizard.WizardListener;

/** What a front end shows of a shift: waiting for a device, each device's steps (as a wizard), its result. */
public interface ShiftListener extends WizardListener {
    /** The station waits for the next device to be attached (real devices only). */
    default void awaitingDevice(int number, String lastDeviceId) {
    }

    /** Device {@code number} is open; its recipe starts. */
    default void deviceStarted(int number, String description) {
    }

    default void deviceFinished(DeviceResult result) {
    }
}
