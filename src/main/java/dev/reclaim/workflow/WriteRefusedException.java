package dev.reclaim.workflow;

import dev.reclaim.flash.RefusedException;
import java.util.List;

/** A DCT write declined before anything was written, because of what is wrong with the DCT; lists each thing. */
public final class WriteRefusedException extends RefusedException {
    private final List<String> objections;

    WriteRefusedException(List<String> objections) {
        super("Nothing was written: " + String.join(" ", objections));
        this.objections = List.copyOf(objections);
    }

    public List<String> objections() {
        return objections;
    }
}
