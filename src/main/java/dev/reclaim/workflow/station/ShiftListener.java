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

    /**
     * Device {@code number} is reset and off the probe: its handshake is witnessed in the background while the
     * station goes on to the next device; its {@link #deviceFinished} comes later (overlapped witness only).
     */
    default void deviceWitnessing(int number, String deviceId) {
    }

    /** A device's result; with an overlapped witness on the thread that witnessed it, always in device order. */
    default void deviceFinished(DeviceResult result) {
    }
}
