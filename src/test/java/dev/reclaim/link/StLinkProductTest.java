package dev.reclaim.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StLinkProductTest {

    @Test
    void everyFamilyUsesItsReferenceEndpoints() {
        assertThat(StLinkProduct.byProductId(0x3748)).hasValue(StLinkProduct.V2);
        assertThat(StLinkProduct.V2.family().outEndpoint()).isEqualTo(0x02);
        assertThat(StLinkProduct.V2.family().inEndpoint()).isEqualTo(0x81);
        for (int pid : new int[] {0x374A, 0x374B, 0x3752}) {
            StLinkProduct p = StLinkProduct.byProductId(pid).orElseThrow();
            assertThat(p.family()).isEqualTo(StLinkProduct.Family.V2_1);
            assertThat(p.family().outEndpoint()).isEqualTo(0x01);
            assertThat(p.family().packetSize()).isEqualTo(64);
        }
        for (int pid : new int[] {0x374E, 0x374F, 0x3753, 0x3754, 0x3757}) {
            StLinkProduct p = StLinkProduct.byProductId(pid).orElseThrow();
            assertThat(p.family()).isEqualTo(StLinkProduct.Family.V3);
            assertThat(p.family().outEndpoint()).isEqualTo(0x01);
            assertThat(p.family().packetSize()).isEqualTo(512);
        }
        assertThat(StLinkProduct.byProductId(0x5740)).isEmpty();
    }

    @Test
    void v1AndTheV3LoaderAreListedButNotUsable() {
        assertThat(StLinkProduct.V1.unsupportedReason()).hasValueSatisfying(r -> assertThat(r).contains("V2"));
        assertThat(StLinkProduct.V3_LOADER.unsupportedReason())
                .hasValueSatisfying(r -> assertThat(r).contains("unplug"));
        assertThat(StLinkProduct.V2.unsupportedReason()).isEmpty();
    }

    @Test
    void theShippedUdevRuleCoversEveryProduct() throws IOException {
        String rules = Files.readString(Path.of("installer/linux", StLinkProbes.UDEV_RULE));

        for (StLinkProduct p : StLinkProduct.values()) {
            assertThat(rules).contains(String.format("ATTR{idVendor}==\"0483\", ATTR{idProduct}==\"%04x\"",
                    p.productId()));
        }
        assertThat(rules).contains("TAG+=\"uaccess\"");
    }

    @Test
    void thePermissionMessageNamesTheRuleAndHowToInstallIt() {
        String message = StLinkProbes.permissionMessage("ST-Link/V2 (bus 1, device 7)");

        assertThat(message).contains("Permission denied opening ST-Link/V2 (bus 1, device 7)")
                .contains("installer/linux/49-reclaim-stlink.rules").contains("/etc/udev/rules.d/")
                .contains("udevadm");
    }

    @Test
    void accessDeniedNamesTheUdevRuleOnlyOnLinuxAndAnotherProgramElsewhere() {
        String linux = StLinkProbes.openProblem(StLinkProduct.V2, org.usb4java.LibUsb.ERROR_ACCESS, 1, 7,
                HostOs.LINUX);
        String windows = StLinkProbes.openProblem(StLinkProduct.V2, org.usb4java.LibUsb.ERROR_ACCESS, 1, 7,
                HostOs.WINDOWS);
        String mac = StLinkProbes.openProblem(StLinkProduct.V2, org.usb4java.LibUsb.ERROR_ACCESS, 1, 7, HostOs.MAC);

        assertThat(linux).contains("udev");
        assertThat(windows).doesNotContain("udev").doesNotContain("Linux")
                .contains("ST-Link/V2 (bus 1, device 7) is in use by another program");
        assertThat(mac).doesNotContain("udev").contains("in use by another program");
        assertThat(StLinkProbes.openProblem(StLinkProduct.V2, org.usb4java.LibUsb.ERROR_NOT_SUPPORTED, 1, 7,
                HostOs.WINDOWS)).contains("WinUSB");
    }

    @Test
    void theOsIsToldFromItsName() {
        assertThat(HostOs.of("Windows 11")).isEqualTo(HostOs.WINDOWS);
        assertThat(HostOs.of("Mac OS X")).isEqualTo(HostOs.MAC);
        assertThat(HostOs.of("Linux")).isEqualTo(HostOs.LINUX);
    }

    @Test
    void serialsArePrintedAsTextOrAsHex() {
        byte[] text = {10, 3, '0', 0, '6', 0, '6', 0, 'D', 0};
        byte[] raw = {8, 3, 0x55, 0, (byte) 0xFF, 0, 0x6B, 0x06};

        assertThat(ProbeSerial.fromStringDescriptor(text)).isEqualTo("066D");
        assertThat(ProbeSerial.fromStringDescriptor(raw)).isEqualTo("55FF6B");
    }
}
