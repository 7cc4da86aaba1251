package dev.reclaim.cli;

import dev.reclaim.workflow.station.Recipe;
import dev.reclaim.workflow.station.RecipeException;
import dev.reclaim.workflow.station.Recipes;

/** Loads a recipe for a command: a recipe that cannot be used is a usage error naming its line and field. */
final class StationRecipes {
    private StationRecipes() {
    }

    static Recipe load(String nameOrFile) {
        try {
            return Recipes.load(nameOrFile);
        } catch (RecipeException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }
}
