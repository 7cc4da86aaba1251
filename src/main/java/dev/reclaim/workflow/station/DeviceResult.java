package dev.reclaim.workflow.station;

import dev.reclaim.workflow.wizard.StepRecord;
import java.util.List;

/**
 * How one device of a shift went.
 *
 * @param number       its place in the shift, from 1
 * @param deviceId     its device ID; empty when it was never identified
 * @param passed       the recipe's last step, the witnessed handshake, was reached and succeeded
 * @param failedStep   the title of the step that failed; empty when it passed
 * @param outcome      the run's outcome id ({@code handshake_completed}, {@code register_failed},
 *                     {@code device_busy}…)
 * @param detail       the failed step's one-line reason (or the witness when it passed)
 * @param seconds      from opening the device to its result (with an overlapped witness: its wait too)
 * @param probeSeconds from opening the device until the station let go of it: the probe's time on it (all of
 *                     {@code seconds} when the station held it to the end)
 * @param journalEntry the journal entry's id; 0 when nothing was journaled
 * @param steps        each step the recipe ran, in order, with its time: where the device's time went
 */
public record DeviceResult(int number, String deviceId, boolean passed, String failedStep, String outcome,
                           String detail, double seconds, double probeSeconds, long journalEntry,
                           List<StepRecord> steps) {
    public DeviceResult {
        steps = List.copyOf(steps);
    }
}
