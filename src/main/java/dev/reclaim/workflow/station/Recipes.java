package dev.reclaim.workflow.station;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The recipes Reclaim ships (by name) and recipe files (by path). */
public final class Recipes {
    /** The shipped recipes, in the order {@code reclaim station recipes} lists them. */
    public static final List<String> SHIPPED = List.of("recover-particle", "particle-server", "product-line");

    private Recipes() {
    }

    /** A shipped recipe by name, else a recipe file. */
    public static Recipe load(String nameOrFile) throws RecipeException {
        if (SHIPPED.contains(nameOrFile)) {
            return Recipe.parse(text(nameOrFile), nameOrFile, Optional.empty());
        }
        Path file = Path.of(nameOrFile);
        try {
            return Recipe.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                    Optional.ofNullable(file.toAbsolutePath().getParent()));
        } catch (NoSuchFileException e) {
            throw new RecipeException("There is no recipe '" + nameOrFile + "': name a shipped one ("
                    + String.join(", ", SHIPPED) + ") or a recipe file; reclaim station recipes prints them.");
        } catch (IOException e) {
            throw new RecipeException("Cannot read recipe " + file + ": " + e.getMessage(), e);
        }
    }

    /** A shipped recipe's JSON as shipped, to print or copy as a starting point. */
    public static String text(String name) {
        try (InputStream in = Recipes.class.getResourceAsStream("recipes/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped recipe " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("shipped recipe " + name + " cannot be read", e);
        }
    }
}
