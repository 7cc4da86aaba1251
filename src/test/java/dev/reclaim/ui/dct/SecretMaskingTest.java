package dev.reclaim.ui.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.ui.hex.HexCells;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Private key bytes never reach the screen: their spans are secret and secret bytes paint as a mask. */
class SecretMaskingTest {

    @Test
    void privateKeyFieldsAreSecretAndPublicFieldsAreNot() throws Exception {
        byte[] image = DctImages.healthy(RsaKeys.generateDeviceKey());
        List<FieldRow> rows = DctSpans.fieldRows(DctInspector.inspect(DctReader.parse(image)));
        Map<String, Boolean> secret = rows.stream()
                .collect(Collectors.toMap(r -> r.span().name(), r -> r.span().secret()));
        assertThat(secret).containsEntry("device_private_key", true)
                .containsEntry("device_public_key", false)
                .containsEntry("server_public_key", false)
                .containsEntry("server_address", false);
    }

    @Test
    void secretBytesPaintAsMaskAndOthersAsHexAndAscii() {
        assertThat(HexCells.hex(0x3A, true)).isEqualTo("••");
        assertThat(HexCells.ascii('A', true)).isEqualTo("•");
        assertThat(HexCells.hex(0x3A, false)).isEqualTo("3A");
        assertThat(HexCells.ascii('A', false)).isEqualTo("A");
        assertThat(HexCells.ascii(0x01, false)).isEqualTo("·");
    }
}
