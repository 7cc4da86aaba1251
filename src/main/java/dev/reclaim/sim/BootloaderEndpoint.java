package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.flash.FlashSector;
import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The STM32F2 USART system bootloader (ST AN3155) as the simulated chip runs it after a reset with BOOT0 high.
 * It waits for 0x7F (autobaud), then serves commands: Get, Get Version, Get ID, Read Memory, Go, Write Memory,
 * Extended Erase, Write Protect/Unprotect and Readout Protect/Unprotect. Every complement, checksum, address or
 * length error draws NACK and a return to waiting for a command; read protection allows only the identification
 * and RDP commands. A second 0x7F is an ordinary command byte, paired with whatever follows (stm32flash relies on
 * the NACK this gives).
 */
final class BootloaderEndpoint {
    static final int ACK = 0x79;
    static final int NACK = 0x1F;
    static final int SYNC = 0x7F;
    private static final int[] COMMANDS = {0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92};
    private static final Set<Integer> ALLOWED_UNDER_RDP = Set.of(0x00, 0x01, 0x02, 0x82, 0x92);
    private static final int POLL_MILLIS = 20;

    private final Stm32F205 chip;
    private final ByteLink port;
    private final Cpu cpu;
    private final SimulatorOptions options;
    /** Told each time the bootloader has waited a whole poll with nothing to do. */
    private final Runnable idle;
    private final byte[] in = new byte[1024];
    private int inPos;
    private int inLen;

    BootloaderEndpoint(Stm32F205 chip, ByteLink port, Cpu cpu, SimulatorOptions options, Runnable idle) {
        this.idle = idle;
        this.chip = chip;
        this.port = port;
        this.cpu = cpu;
        this.options = options;
    }

    /** Runs until the chip resets or jumps away ({@link Cpu.ResetSignal}) or the port goes away. */
    void run() throws IOException {
        while (next() != SYNC) {
            // autobaud ignores everything that is not 0x7F
        }
        if (options.leadingZeroGlitch()) {
            send(0x00);
        }
        send(ACK);
        while (true) {
            serveCommand();
        }
    }

    private void serveCommand() throws IOException {
        int code = next();
        int complement = next();
        if ((code ^ complement) != 0xFF) {
            send(NACK);
            return;
        }
        if (chip.readProtection().active() && !ALLOWED_UNDER_RDP.contains(code)) {
            send(NACK);
            return;
        }
        switch (code) {
            case 0x00 -> get();
            case 0x01 -> send(ACK, options.bootloaderVersion(), 0x00, 0x00, ACK);
            case 0x02 -> send(ACK, 0x01, Stm32F2.CHIP_ID >> 8, Stm32F2.CHIP_ID & 0xFF, ACK);
            case 0x11 -> readMemory();
            case 0x21 -> go();
            case 0x31 -> writeMemory();
            case 0x44 -> extendedErase();
            case 0x63 -> writeProtect();
            case 0x73 -> writeUnprotect();
            case 0x82 -> readoutProtect();
            case 0x92 -> readoutUnprotect();
            default -> send(NACK);
        }
    }

    private void get() throws IOException {
        byte[] reply = new byte[COMMANDS.length + 4];
        reply[0] = ACK;
        reply[1] = (byte) COMMANDS.length;
        reply[2] = (byte) options.bootloaderVersion();
        for (int i = 0; i < COMMANDS.length; i++) {
            reply[3 + i] = (byte) COMMANDS[i];
        }
        reply[reply.length - 1] = ACK;
        port.write(reply);
    }

    private void readMemory() throws IOException {
        send(ACK);
        Optional<Long> address = receiveAddress();
        if (address.isEmpty() || chip.region(address.get(), 1).isEmpty()) {
            send(NACK);
            return;
        }
        send(ACK);
        int n = next();
        int complement = next();
        if ((n ^ complement) != 0xFF || chip.region(address.get(), n + 1).isEmpty()
                || refusedAsShortIdRead(address.get(), n + 1)) {
            send(NACK);
            return;
        }
        send(ACK);
        port.write(chip.read(address.get(), n + 1));
    }

    /**
     * An F4 bootloader NACKs the length byte of a read that touches the UID or flash-size register, yet serves the
     * whole 256 bytes from 0x1FFF7A00 (stm32loader reads it that way for its {@code LONG_UID_ACCESS} families).
     */
    private boolean refusedAsShortIdRead(long address, int length) {
        if (!options.longIdReadsOnly()) {
            return false;
        }
        boolean touchesId = address < Stm32F2.FLASH_SIZE_ADDRESS + 2 && address + length > Stm32F2.UID_ADDRESS;
        return touchesId && !(address == Stm32F2.ID_PAGE && length == Stm32F2.ID_PAGE_LENGTH);
    }

    private void go() throws IOException {
        send(ACK);
        Optional<Long> address = receiveAddress();
        Optional<Stm32F205.Region> region = address.flatMap(a -> chip.region(a, 8));
        if (region.isEmpty() || !(region.get() == Stm32F205.Region.FLASH || region.get() == Stm32F205.Region.SRAM)) {
            send(NACK);
            return;
        }
        send(ACK);
        // Code in SRAM is not executed; what hosts put there is stm32flash's reset stub, so it is modelled as a reset.
        throw region.get() == Stm32F205.Region.FLASH ? cpu.jumpToFirmware() : cpu.systemReset();
    }

    private void writeMemory() throws IOException {
        send(ACK);
        Optional<Long> address = receiveAddress();
        if (address.isEmpty() || address.get() % 4 != 0 || !writable(address.get(), 4)) {
            send(NACK);
            return;
        }
        send(ACK);
        int n = next();
        byte[] data = new byte[n + 1];
        int x = n;
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) next();
            x ^= data[i];
        }
        int checksum = next();
        // The F2 bootloader programs whole words; a length that is not a multiple of 4 is refused (UNVERIFIED).
        if ((x & 0xFF) != checksum || data.length % 4 != 0 || !writable(address.get(), data.length)) {
            send(NACK);
            return;
        }
        long a = address.get();
        switch (chip.region(a, data.length).orElseThrow()) {
            case FLASH -> {
                // AN2662/AN3155: a write into a write-protected sector returns no error; the bytes stay as they were.
                chip.flash().program(a, data);
                cpu.sleep(options.timing().program(data.length));
            }
            case SRAM -> chip.writeSram(a, data);
            case OPTION_BYTES -> {
                chip.options().apply((int) (a - Stm32F2.OPTION_BYTES), data);
                send(ACK);
                throw cpu.systemReset();
            }
            default -> throw new IllegalStateException("not writable");
        }
        send(ACK);
    }

    private boolean writable(long address, int length) {
        return chip.region(address, length).map(r -> switch (r) {
            case FLASH, OPTION_BYTES -> true;
            case SRAM -> address >= Stm32F2.SRAM_USER_BASE;
            case SYSTEM -> false;
        }).orElse(false);
    }

    private void extendedErase() throws IOException {
        send(ACK);
        int hi = next();
        int lo = next();
        int n = (hi << 8) | lo;
        if (n >= 0xFFF0) {
            int checksum = next();
            // FFFF is mass erase; FFFE/FFFD are bank erases a single-bank F2 does not have; the rest are reserved.
            if (checksum != (hi ^ lo) || n != 0xFFFF || anySectorProtected()) {
                send(NACK);
                return;
            }
            for (FlashSector s : Stm32F2.sectors()) {
                chip.flash().erase(s.index());
            }
            cpu.sleep(options.timing().massErase());
            send(ACK);
            return;
        }
        int x = hi ^ lo;
        List<Integer> sectors = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            int sh = next();
            int sl = next();
            x ^= sh ^ sl;
            sectors.add((sh << 8) | sl);
        }
        int checksum = next();
        boolean valid = checksum == x && sectors.stream().allMatch(s -> s < Stm32F2.sectors().size());
        // A protected sector makes the flash controller fail the erase (WRPERR); reported as NACK (UNVERIFIED).
        if (!valid || sectors.stream().anyMatch(s -> chip.options().isWriteProtected(s))) {
            send(NACK);
            return;
        }
        for (int s : sectors) {
            chip.flash().erase(s);
            cpu.sleep(options.timing().erase(Stm32F2.sector(s)));
        }
        send(ACK);
    }

    private boolean anySectorProtected() {
        return Stm32F2.sectors().stream().anyMatch(s -> chip.options().isWriteProtected(s.index()));
    }

    private void writeProtect() throws IOException {
        send(ACK);
        int n = next();
        int x = n;
        List<Integer> sectors = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            int s = next();
            x ^= s;
            sectors.add(s);
        }
        if (next() != x || sectors.stream().anyMatch(s -> s >= Stm32F2.sectors().size())) {
            send(NACK);
            return;
        }
        sectors.forEach(chip.options()::protect);
        send(ACK);
        throw cpu.systemReset();
    }

    private void writeUnprotect() throws IOException {
        send(ACK);
        chip.options().unprotectAll();
        send(ACK);
        throw cpu.systemReset();
    }

    private void readoutProtect() throws IOException {
        send(ACK);
        chip.options().setRdp(OptionBytes.RDP_LEVEL_1);
        send(ACK);
        throw cpu.systemReset();
    }

    private void readoutUnprotect() throws IOException {
        send(ACK);
        // Leaving level 1 mass-erases the flash: everything, including the DCT and the keys, is gone.
        chip.flash().eraseAllForRdpRegression();
        cpu.sleep(options.timing().massErase());
        chip.options().setRdp(OptionBytes.RDP_LEVEL_0);
        send(ACK);
        throw cpu.systemReset();
    }

    /** Four address bytes, MSB first, and their XOR; empty when the checksum is wrong. */
    private Optional<Long> receiveAddress() throws IOException {
        long address = 0;
        int x = 0;
        for (int i = 0; i < 4; i++) {
            int b = next();
            x ^= b;
            address = (address << 8) | b;
        }
        return next() == x ? Optional.of(address) : Optional.empty();
    }

    private int next() throws IOException {
        while (inPos == inLen) {
            cpu.checkNotReset();
            inPos = 0;
            inLen = port.read(in, 0, in.length, POLL_MILLIS);
            if (inLen == 0) {
                idle.run();
            }
        }
        return in[inPos++] & 0xFF;
    }

    private void send(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        port.write(b);
    }
}
