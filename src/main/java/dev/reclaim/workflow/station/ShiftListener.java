package dev.reclaim.workflow.station;

import dev.reclaim.workflow.wizard.WizardListener;

/** What a front end shows of a shift: waiting for a device, each device's steps (as a wizard), its result. */
public interface ShiftListener extends WizardListener {
    /** The station waits for the next device to be attached (real devices only). */
    default void awaitingDevice(int number, String lastDeviceId) {
    }

    /**
     * While waiting for device {@code number}, the attach sense cannot tell whether a board is on (an ST-Link whose
     * firmware cannot measure the target voltage): only the operator's go starts it. Said once per wait.
     *
     * @param why the sense's own words
     */
    default void cannotSenseDevice(int number, String why) {
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
