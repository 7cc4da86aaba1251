package dev.reclaim.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something Reclaim found and can explain: a DCT check or a log diagnosis. One type, so that one card in the GUI,
 * one printer in the CLI and one wizard launcher serve both.
 *
 * @param id       stable id that scripts match on: a DCT check id ("device_private_key_blank") or a diagnosis rule id
 *                 ("cloud_closed_during_key_exchange")
 * @param severity error, warning or info
 * @param title    a short headline
 * @param cause    what is wrong and what it does to the device, in plain words
 * @param fix      what to do about it, with the commands that exist today
 * @param wizard   the guided repair that does the fix, if there is one
 * @param location where it is: a DCT field, or log lines and attempts
 */
public record Finding(String id, Severity severity, String title, String cause, String fix,
                      Optional<WizardId> wizard, Location location) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(wizard, "wizard");
        Objects.requireNonNull(location, "location");
    }

    public boolean isProblem() {
        return severity.isProblem();
    }

    /** The DCT field this finding is about, if it is about one. */
    public Optional<String> field() {
        return location instanceof Location.Dct d ? d.field() : Optional.empty();
    }

    /** The supporting log lines, ascending; empty for a DCT finding. */
    public List<Long> lines() {
        return location instanceof Location.Log l ? l.lines() : List.of();
    }

    /** How many connection attempts showed it; 0 for a DCT finding. */
    public int attempts() {
        return location instanceof Location.Log l ? l.attempts() : 0;
    }
}
