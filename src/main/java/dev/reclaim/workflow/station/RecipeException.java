package dev.reclaim.workflow.station;

/** A recipe that cannot be used: the message names the recipe, the line and the field, and what to write instead. */
public final class RecipeException extends Exception {
    public RecipeException(String message) {
        super(message);
    }

    public RecipeException(String message, Throwable cause) {
        super(message, cause);
    }
}
