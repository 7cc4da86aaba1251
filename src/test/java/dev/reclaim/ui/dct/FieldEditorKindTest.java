package dev.reclaim.ui.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.codec.Codecs;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry gives every field of the layout the editor of its codec type, from data, not from its name. */
class FieldEditorKindTest {

    @Test
    void everyFieldOfTheLayoutGetsTheEditorOfItsType() {
        Map<String, FieldEditorKind> picked = new LinkedHashMap<>();
        for (Field f : DctLayout.photonP1().fields()) {
            picked.put(f.name(), FieldEditorKind.forType(f.type()));
        }
        assertThat(picked)
                .containsEntry("server_address", FieldEditorKind.SERVER_ADDRESS)
                .containsEntry("alt_server_address", FieldEditorKind.SERVER_ADDRESS)
                .containsEntry("device_private_key", FieldEditorKind.DEVICE_KEY)
                .containsEntry("device_public_key", FieldEditorKind.DEVICE_KEY)
                .containsEntry("server_public_key", FieldEditorKind.SERVER_KEY)
                .containsEntry("alt_device_private_key", FieldEditorKind.KEY_DETAILS)
                .containsEntry("alt_device_public_key", FieldEditorKind.KEY_DETAILS)
                .containsEntry("alt_server_public_key", FieldEditorKind.KEY_DETAILS)
                .containsEntry("claimed", FieldEditorKind.CLAIMED)
                .containsEntry("ota_update_flag", FieldEditorKind.NUMBER)
                .containsEntry("version", FieldEditorKind.NUMBER)
                .containsEntry("feature_flags", FieldEditorKind.NUMBER)
                .containsEntry("ext_low_speed_clock_disable", FieldEditorKind.NUMBER)
                .containsEntry("cloud_transport", FieldEditorKind.NUMBER)
                .containsEntry("claim_code", FieldEditorKind.TEXT)
                .containsEntry("ssid_prefix", FieldEditorKind.TEXT)
                .containsEntry("device_id", FieldEditorKind.TEXT)
                .containsEntry("product_store", FieldEditorKind.TEXT)
                .containsEntry("eap_config", FieldEditorKind.SECRET)
                .containsEntry("device_secret", FieldEditorKind.SECRET)
                .containsEntry("system_flags", FieldEditorKind.RAW)
                .containsEntry("reserved2", FieldEditorKind.RAW);
        DctLayout.photonP1().fields().stream().filter(f -> !f.type().equals("raw")).forEach(f ->
                assertThat(picked.get(f.name())).as(f.name() + " (" + f.type() + ") has a typed editor")
                        .isNotEqualTo(FieldEditorKind.RAW));
    }

    @Test
    void everyCodecTypeIsClaimedByExactlyOneEditorAndUnknownTypesAreRaw() {
        for (String type : Codecs.types()) {
            assertThat(Arrays.stream(FieldEditorKind.values()).filter(k -> k.types().contains(type)))
                    .as(type).hasSize(1);
        }
        assertThat(Arrays.stream(FieldEditorKind.values()).flatMap(k -> k.types().stream()))
                .as("no editor names a type the codecs do not know").allMatch(Codecs.types()::contains);
        assertThat(FieldEditorKind.forType("some-future-type")).isEqualTo(FieldEditorKind.RAW);
    }
}
