package dev.reclaim.workflow.device;

/**
 * Something a kind can name after its colon right now.
 *
 * @param argument what goes after the colon ("keys-rejected", "/dev/ttyUSB0", a probe's serial)
 * @param title    the first line of a list entry ("ttyUSB0", "ST-Link/V2")
 * @param subtitle the second: description, USB IDs, a problem
 */
public record Candidate(String argument, String title, String subtitle) {
}
