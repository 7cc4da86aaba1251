package dev.reclaim.cli;

import dev.reclaim.workflow.station.Recipes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim station recipes [NAME]}: the shipped recipes, or one of them as JSON to copy. */
@Command(name = "recipes", description = {"List the recipes Reclaim ships; with a NAME, print that recipe's JSON",
    "(save it to a file, edit it, and pass the file to station run --recipe)."})
final class StationRecipesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A shipped recipe to print.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            for (String n : Recipes.SHIPPED) {
                out.printf("%-18s %s%n", n, StationRecipes.load(n).description());
            }
        } else if (Recipes.SHIPPED.contains(name)) {
            out.print(Recipes.text(name));
        } else {
            throw new UserFacingException("There is no shipped recipe '" + name + "': choose one of "
                    + String.join(", ", Recipes.SHIPPED) + ".", ExitCodes.USAGE);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
