package dev.reclaim.flash.stlink;

import dev.reclaim.flash.F2FlashRegisters;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a session learned about the probe and the chip behind it.
 *
 * @param probeVersion   the probe's firmware (V2J28S7 …)
 * @param swdKhz         the SWD clock actually set
 * @param millivolts     target supply the probe measured, empty on probes that cannot measure
 * @param dpIdcode       SW-DP IDCODE (0x2BA01477 on an STM32F2)
 * @param dbgmcuIdcode   DBGMCU_IDCODE: DEV_ID in bits 11:0, REV_ID in 31:16
 * @param cpuid          the core's CPUID (part 0xC23 = Cortex-M3)
 * @param optcr          FLASH_OPTCR: RDP and nWRP as the flash controller holds them
 * @param uid            the 96-bit unique ID, empty when system memory could not be read
 * @param flashSizeKib   from the flash-size register, empty when it could not be read
 */
public record SwdTarget(StLinkVersion probeVersion, int swdKhz, OptionalInt millivolts, int dpIdcode,
                        int dbgmcuIdcode, int cpuid, int optcr, Optional<byte[]> uid, OptionalInt flashSizeKib) {

    public int devId() {
        return dbgmcuIdcode & 0xFFF;
    }

    public int revId() {
        return dbgmcuIdcode >>> 16;
    }

    /** The silicon revision letter OpenOCD uses for this REV_ID, or the hex value. */
    public String revision() {
        return switch (revId()) {
            case 0x1000 -> "A";
            case 0x2000 -> "B";
            case 0x1001 -> "Z";
            case 0x2001 -> "Y";
            case 0x2003 -> "X";
            case 0x2007 -> "1";
            case 0x200F -> "V";
            case 0x201F -> "2";
            default -> String.format("0x%04X", revId());
        };
    }

    public int rdp() {
        return F2FlashRegisters.rdpOf(optcr);
    }

    public int nWrp() {
        return F2FlashRegisters.nWrpOf(optcr);
    }
}
