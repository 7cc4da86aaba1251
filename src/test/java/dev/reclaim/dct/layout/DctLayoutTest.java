package dev.reclaim.dct.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.codec.Codecs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctLayoutTest {
    private final DctLayout layout = DctLayout.photonP1();

    /** application_dct_t offsets and sizes, copied from the reference table (§2), field by field. */
    private static final Object[][] REFERENCE = {
        {"system_flags", 0, 32}, {"version", 32, 2}, {"device_private_key", 34, 1216}, {"device_public_key", 1250, 384},
        {"ip_config", 1634, 24}, {"unused", 1658, 95}, {"ota_update_flag", 1753, 1}, {"feature_flags", 1754, 4},
        {"country_code", 1758, 4}, {"claim_code", 1762, 63}, {"claimed", 1825, 1}, {"ssid_prefix", 1826, 26},
        {"device_code", 1852, 6}, {"version_string", 1858, 32}, {"dns_resolve", 1890, 128}, {"reserved1", 2018, 64},
        {"server_public_key", 2082, 768}, {"server_address", 2466, 128}, {"padding", 2850, 2},
        {"flash_modules", 2852, 100}, {"product_store", 2952, 24}, {"antenna_selection", 2976, 1},
        {"cloud_transport", 2977, 1}, {"alt_device_public_key", 2978, 128}, {"alt_device_private_key", 3106, 192},
        {"alt_server_public_key", 3298, 192}, {"alt_server_address", 3490, 128}, {"device_id", 3618, 12},
        {"radio_flags", 3630, 1}, {"mode_button_mirror", 3631, 32}, {"led_mirror", 3663, 96}, {"led_theme", 3759, 64},
        {"eap_config", 3823, 4296}, {"device_secret", 8119, 15}, {"power_config", 8134, 32},
        {"ext_low_speed_clock_disable", 8166, 4}, {"reserved2", 8170, 221},
    };

    @Test
    void everyFieldMatchesTheReferenceTable() {
        assertThat(layout.fields()).hasSize(REFERENCE.length);
        for (Object[] row : REFERENCE) {
            Field f = layout.field((String) row[0]);
            assertThat(f.offset()).as(f.name()).isEqualTo(row[1]);
            assertThat(f.size()).as(f.name()).isEqualTo(row[2]);
            assertThat(f.description()).as(f.name()).isNotBlank();
            assertThat(f.since()).as(f.name()).matches("\\d+\\.\\d+\\.\\d+");
        }
        assertThat(layout.size()).isEqualTo(8391).isEqualTo(DctSector.APP_DCT_SIZE);
        assertThat(layout.platform()).isEqualTo("photon-p1");
    }

    @Test
    void fieldsTileTheWholeStructureExceptTheNestedAddress() {
        int next = 0;
        for (Field f : layout.fields()) {
            if (f.name().equals("server_address")) {
                continue;
            }
            assertThat(f.offset()).as(f.name()).isEqualTo(next);
            next = f.end();
        }
        assertThat(next).isEqualTo(8391);
    }

    @Test
    void everyTypeHasACodec() {
        for (Field f : layout.fields()) {
            assertThat(Codecs.forType(f.type())).as(f.name()).isNotNull();
        }
    }

    @Test
    void serverAddressNestsInTheServerKeyWhoseValueStopsBeforeIt() {
        Field key = layout.field("server_public_key");
        Field address = layout.field("server_address");
        assertThat(key.contains(address)).isTrue();
        assertThat(layout.nestedIn(key)).containsExactly(address);
        assertThat(layout.writableSize(key)).isEqualTo(384);
        assertThat(layout.writableSize(address)).isEqualTo(128);
        assertThat(layout.fieldAt(2466 + 66)).contains(address);
        assertThat(layout.fieldAt(2082)).contains(key);
        assertThat(layout.fieldAt(8391)).isEmpty();
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> layout.field("server_adress")).hasMessageContaining("server_address");
    }

    @Test
    void inconsistentLayoutsAreRejected() {
        assertThatThrownBy(() -> parse("{\"size\": 10, \"fields\": [{\"name\": \"a\", \"offset\": 0, \"size\": 6, \"type\": \"raw\"},"
                + "{\"name\": \"b\", \"offset\": 4, \"size\": 6, \"type\": \"raw\"}]}")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> parse("{\"size\": 10, \"fields\": [{\"name\": \"a\", \"offset\": 8, \"size\": 6, \"type\": \"raw\"}]}"))
                .hasMessageContaining("past the layout size");
        assertThatThrownBy(() -> parse("{\"size\": 10, \"fields\": [{\"name\": \"a\", \"offset\": 0, \"size\": 1, \"type\": \"raw\"},"
                + "{\"name\": \"a\", \"offset\": 2, \"size\": 1, \"type\": \"raw\"}]}")).hasMessageContaining("twice");
    }

    @Test
    void sectorSectionsTileASector() {
        int next = 0;
        for (SectorSection s : SectorSection.values()) {
            assertThat(s.offset()).as(s.id()).isEqualTo(next);
            next = s.end();
        }
        assertThat(next).isEqualTo(DctSector.SIZE);
        assertThat(SectorSection.at(0x1D7C)).isEqualTo(SectorSection.APPLICATION);
        assertThat(SectorSection.at(0x3FFC)).isEqualTo(SectorSection.VERSION);
        assertThat(List.of(SectorSection.values())).extracting(SectorSection::id).doesNotHaveDuplicates();
    }

    private static DctLayout parse(String json) throws Exception {
        return DctLayout.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
