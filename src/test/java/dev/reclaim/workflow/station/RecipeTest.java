package dev.reclaim.workflow.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.RecipeWizard.Part;
import dev.reclaim.workflow.SetServer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recipes as a technician writes them: what loads, and what is refused with the line and the field. */
class RecipeTest {
    /** A recipe whose steps are one per line, starting on line 3. */
    private static String recipe(String... steps) {
        return "{\n  \"name\": \"t\",\n  \"steps\": [\n" + String.join(",\n", steps) + "\n  ]\n}\n";
    }

    private static Recipe parse(String text) throws RecipeException {
        return Recipe.parse(text, "t.json", Optional.empty());
    }

    private static String refusal(String text) {
        RecipeException e = catchThrowableOfType(RecipeException.class, () -> parse(text));
        assertThat(e).as("expected the recipe to be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("Recipe t.json").doesNotContain("Exception");
        return e.getMessage();
    }

    private static final String IDENTIFY = "{\"step\": \"identify\"}";
    private static final String BACKUP = "{\"step\": \"backup\"}";
    private static final String KEYS = "{\"step\": \"keys\"}";
    private static final String REGISTER = "{\"step\": \"register\"}";
    private static final String SERVER = "{\"step\": \"server\", \"preset\": \"particle\"}";
    private static final String RESET = "{\"step\": \"reset\"}";
    private static final String WITNESS = "{\"step\": \"witness\"}";

    @Test
    void everyShippedRecipeLoadsAndProductLineUsesEveryNewField() throws Exception {
        for (String name : Recipes.SHIPPED) {
            assertThat(Recipes.load(name).name()).isEqualTo(name);
        }
        Recipe line = Recipes.load("product-line");
        assertThat(line.productId()).contains(12345);
        assertThat(line.onFail(Recipe.Kind.WITNESS)).isEqualTo(Recipe.OnFail.CONTINUE);
        assertThat(line.onFail(Recipe.Kind.REGISTER)).isEqualTo(Recipe.OnFail.STOP);
        RecipeWizard.Plan plan = line.plan();
        assertThat(plan.parts()).containsExactlyInAnyOrder(Part.PRODUCT, Part.KEYS, Part.SERVER, Part.CLAIM_CODE,
                Part.WITNESS, Part.CLAIM);
        assertThat(plan.continuing()).containsExactly(Part.WITNESS);
        assertThat(plan.productId()).contains(12345);
        // the shipped recover-particle stops at any failure, as before
        assertThat(Recipes.load("recover-particle").plan().continuing()).isEmpty();
    }

    @Test
    void aRegisterStepWithAProductRegistersInIt() throws Exception {
        Recipe r = parse(recipe(IDENTIFY, BACKUP, KEYS, "{\"step\": \"register\", \"product\": 777}", RESET,
                WITNESS));
        assertThat(r.plan().productId()).contains(777);
        assertThat(r.plan().parts()).doesNotContain(Part.PRODUCT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "register|the key would be written to the device without the cloud holding it",
        "backup|nothing is written to a device without a backup",
        "keys|after a failed DCT write",
        "identify|without the device ID",
        "reset|cannot show its handshake"})
    void aStepWhoseFailureMustStopTheDeviceCannotContinue(String step, String why) {
        List<String> steps = new java.util.ArrayList<>(List.of(IDENTIFY, BACKUP, KEYS, REGISTER, RESET, WITNESS));
        int i = List.of("identify", "backup", "keys", "register", "reset", "witness").indexOf(step);
        steps.set(i, "{\"step\": \"" + step + "\",\n \"onFail\": \"continue\"}");
        // the step opens on line 4 + i; its onFail is on the next line
        assertThat(refusal(recipe(steps.toArray(String[]::new))))
                .contains("line " + (5 + i)).contains("step \"" + step + "\" cannot \"continue\" on failure")
                .contains(why).contains("only product, witness and claim may continue");
    }

    @Test
    void aServerOrClaimCodeWriteCannotContinueEither() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"server\", \"preset\": \"particle\", \"onFail\":"
                + " \"continue\"}", RESET, WITNESS))).contains("line 6").contains("after a failed DCT write");
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"claim-code\", \"onFail\": \"continue\"}", RESET,
                WITNESS))).contains("line 6").contains("\"claim-code\" cannot \"continue\"");
    }

    @Test
    void anUnknownPolicyNamesTheChoices() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, SERVER, RESET, "{\"step\": \"witness\", \"onFail\": \"retry\"}")))
                .contains("line 8").contains("\"onFail\" is \"stop\"").contains("\"continue\"");
    }

    @Test
    void aWitnessMayContinueSoTheClaimIsStillConfirmed() throws Exception {
        Recipe r = parse(recipe(IDENTIFY, BACKUP, SERVER, "{\"step\": \"claim-code\"}", RESET,
                "{\"step\": \"witness\", \"onFail\": \"continue\"}", "{\"step\": \"claim\", \"onFail\": \"stop\"}"));
        assertThat(r.plan().continuing()).containsExactly(Part.WITNESS);
        assertThat(r.plan().parts()).contains(Part.CLAIM_CODE, Part.CLAIM);
    }

    @Test
    void twoDifferentProductsAreRefusedNamingBothLines() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product\", \"product\": 111}", KEYS,
                "{\"step\": \"register\", \"product\": 222}", RESET, WITNESS)))
                .contains("line 8").contains("\"product\" is 222 here but 111 on line 6")
                .contains("one product");
    }

    @Test
    void aProductStepNeedsAPositiveWholeNumber() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product\"}", RESET, WITNESS)))
                .contains("line 6").contains("needs \"product\"");
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product\", \"product\": \"abc\"}", RESET,
                WITNESS))).contains("line 6").contains("positive whole number");
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product\", \"product\": 1.5}", RESET,
                WITNESS))).contains("positive whole number");
    }

    @Test
    void productFieldsInTheDctAreRefusedSayingTheFirmwareOverwritesThem() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product-fields\", \"version\": 3}", RESET,
                WITNESS))).contains("line 6").contains("no step \"product-fields\"")
                .contains("overwrites the DCT's product_store").contains("at every boot")
                .contains("{\"step\": \"product\", \"product\": ID}");
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"product\", \"product\": 5,\n \"version\": 3}",
                RESET, WITNESS))).contains("line 7").contains("takes no \"version\"").contains("PRODUCT_VERSION");
    }

    @Test
    void aFixedClaimCodeIsRefusedSayingWhy() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, "{\"step\": \"claim-code\", \"code\": \"abc\"}", RESET,
                WITNESS))).contains("line 6").contains("used up by the first device").contains("fresh one per device");
    }

    @Test
    void aClaimWithoutAClaimCodeNamesTheClaimsLine() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, SERVER, RESET, WITNESS, "{\"step\": \"claim\"}")))
                .contains("line 9").contains("add {\"step\": \"claim-code\"}");
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheOrder() {
        assertThat(refusal(recipe(IDENTIFY, BACKUP, SERVER, KEYS, REGISTER, RESET, WITNESS)))
                .contains("line 7").contains("step \"keys\" comes after \"server\"")
                .contains("identify, backup, product, keys, register, server, claim-code, reset, witness, claim");
    }

    @Test
    void anErrorInAStepSpreadOverLinesNamesTheFieldsOwnLine() {
        String text = "{\"name\": \"t\", \"steps\": [\n" + IDENTIFY + ", " + BACKUP + ",\n{\n  \"step\": \"server\",\n"
                + "  \"preset\": \"local\"\n},\n" + RESET + ", " + WITNESS + "]}";
        assertThat(refusal(text)).contains("line 5").contains("unknown server preset \"local\"");
        String old = recipe(IDENTIFY, BACKUP, KEYS, "{\"step\": \"register\", \"productId\": 5}", RESET, WITNESS);
        assertThat(refusal(old)).contains("line 7").contains("\"productId\" is spelled \"product\"");
    }

    @Test
    void thePlanItselfRefusesAPolicyThatWouldWriteAfterAFailedStep() {
        assertThatThrownBy(() -> new RecipeWizard.Plan("x", EnumSet.of(Part.KEYS), Set.of(Part.KEYS),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecipeWizard.Plan("x", EnumSet.of(Part.CLAIM), Set.of(), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RecipeWizard.Plan("x", EnumSet.of(Part.SERVER), Set.of(), Optional.empty(),
                Optional.of(SetServer.Server.particle())).parts()).contains(Part.WITNESS);
    }
}
