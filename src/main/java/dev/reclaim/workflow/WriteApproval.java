package dev.reclaim.workflow;

import java.util.List;

/**
 * Whether a DCT write goes ahead despite what is wrong with it ({@link DctToWrite#objections}, a DCT of another
 * device): the CLI's {@code --force}, the GUI's question. Asked once, after the device is identified and before
 * anything is read or written.
 */
@FunctionalInterface
public interface WriteApproval {
    /** Writes nothing that has an objection: the default. */
    WriteApproval REFUSE = objections -> false;
    /** Writes anyway ({@code --force}). */
    WriteApproval FORCE = objections -> true;

    /** @param objections one sentence each, never empty; true to write anyway */
    boolean approve(List<String> objections);
}
