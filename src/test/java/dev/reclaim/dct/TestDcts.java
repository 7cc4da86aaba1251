package dev.reclaim.dct;

import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Builds DCT images for tests straight from the layout facts of dct-layout-and-handshake.md (§1.4, §1.5, §2, §3),
 * with its own offsets and its own CRC, so that tests check the production code against the reference rather
 * than against itself. No image with a private key is ever committed: keys come from {@link TestKeys}.
 */
public final class TestDcts {
    public static final int SECTOR = 0x4000;
    public static final int APP = 0x1D7C;
    public static final int APP_SIZE = 8391;
    public static final int VERSION = 0x3FF0;

    // application_dct_t offsets (reference §2)
    public static final int PRIVATE_KEY = 34;
    public static final int PUBLIC_KEY = 1250;
    public static final int CLAIM_CODE = 1762;
    public static final int CLAIMED = 1825;
    public static final int SERVER_KEY = 2082;
    public static final int SERVER_ADDRESS = 2466;
    public static final int DEVICE_ID = 3618;
    public static final String DEVICE_ID_HEX = "3a0022000d47353136383631";

    private TestDcts() {
    }

    /** A blank (erased) sector. */
    public static Sector blank() {
        return new Sector();
    }

    /** A copy as firmware ≤0.6 writes it: valid header, no version struct. */
    public static Sector legacy() {
        return new Sector().header();
    }

    /** A copy as firmware ≥0.7 writes it: valid header and version struct with {@code sequence} and a right CRC. */
    public static Sector versioned(int sequence) {
        return new Sector().header().version(sequence);
    }

    /** Both sectors, DCT1 then DCT2. */
    public static byte[] image(Sector dct1, Sector dct2) {
        byte[] image = new byte[2 * SECTOR];
        System.arraycopy(dct1.build(), 0, image, 0, SECTOR);
        System.arraycopy(dct2.build(), 0, image, SECTOR, SECTOR);
        return image;
    }

    /** A healthy application DCT: device key pair, Particle server key and address, device ID, claimed (§0 form). */
    public static byte[] healthyApp() {
        return healthyApp(TestKeys.device());
    }

    public static byte[] healthyApp(RsaPrivateKey deviceKey) {
        byte[] app = blankApp();
        put(app, PRIVATE_KEY, deviceKey.toPkcs1Der());
        put(app, PUBLIC_KEY, Arrays.copyOf(deviceKey.publicKey().toSpkiDer(), 384)); // zero padding, as the firmware writes it
        put(app, SERVER_KEY, Arrays.copyOf(ParticleServerKeys.tcpKeyFile(), 384)); // key + 0xFF fill, up to the address
        put(app, SERVER_ADDRESS, domainAddress("device.spark.io", 0xFFFF));
        put(app, DEVICE_ID, java.util.HexFormat.of().parseHex(DEVICE_ID_HEX));
        // a claimed device as the firmware leaves it: code cleared by 0x00 in byte 0, claimed the character '1' (§0)
        app[CLAIM_CODE] = 0;
        app[CLAIMED] = '1';
        return app;
    }

    public static byte[] blankApp() {
        byte[] app = new byte[APP_SIZE];
        Arrays.fill(app, (byte) 0xFF);
        return app;
    }

    /** A 128-byte server address block for a domain (reference §3): type 1, length, name, NUL, port BE at 66. */
    public static byte[] domainAddress(String host, int port) {
        byte[] block = new byte[128];
        Arrays.fill(block, (byte) 0xFF);
        byte[] name = host.getBytes(StandardCharsets.US_ASCII);
        block[0] = 1;
        block[1] = (byte) name.length;
        System.arraycopy(name, 0, block, 2, name.length);
        block[2 + name.length] = 0;
        block[66] = (byte) (port >>> 8);
        block[67] = (byte) port;
        return block;
    }

    public static void put(byte[] target, int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    /**
     * The firmware ≥0.7 CRC of a sector, written out from the reference independently of {@code DctCrc}:
     * crc32(p,n,c) = zlib(p,n) ^ 0xFFFFFFFF ^ c over the header (write_incomplete 0), 32-byte chunks to 0x3FF0,
     * and the version struct with crc32 and initial_write zeroed.
     */
    public static long referenceCrc(byte[] sector) {
        byte[] s = sector.clone();
        s[8] = 0;
        Arrays.fill(s, VERSION + 8, VERSION + 13, (byte) 0);
        long c = 0xFFFFFFFFL;
        c = step(c, s, 0, 388);
        for (int off = 388; off < VERSION; off += 32) {
            c = step(c, s, off, Math.min(32, VERSION - off));
        }
        return step(c, s, VERSION, 16);
    }

    private static long step(long c, byte[] b, int off, int len) {
        CRC32 z = new CRC32();
        z.update(b, off, len);
        return z.getValue() ^ 0xFFFFFFFFL ^ c;
    }

    /** One 16 KiB sector under construction. The CRC is computed by {@link #build()} unless overridden. */
    public static final class Sector {
        private final byte[] s = new byte[SECTOR];
        private boolean versioned;
        private Long crc;
        private int sequence;
        private int initialWrite;
        private boolean retired;

        private Sector() {
            Arrays.fill(s, (byte) 0xFF);
        }

        /** dct_prep.bin's header (§1.4): sizes 0, write_incomplete 0, is_current 1, app_valid 1, "BRCM", zeros. */
        private Sector header() {
            Arrays.fill(s, 0, 388, (byte) 0);
            s[9] = 1;
            s[10] = 1;
            put(s, 12, new byte[] {0x42, 0x52, 0x43, 0x4D});
            return this;
        }

        private Sector version(int seq) {
            versioned = true;
            sequence = seq;
            return this;
        }

        public Sector app(byte[] app) {
            put(s, APP, app);
            return this;
        }

        public Sector healthy() {
            return app(healthyApp());
        }

        public Sector isCurrent(int value) {
            s[9] = (byte) value;
            return this;
        }

        public Sector writeIncomplete(int value) {
            s[8] = (byte) value;
            return this;
        }

        public Sector sizes(long full, long used) {
            for (int i = 0; i < 4; i++) {
                s[i] = (byte) (full >>> (8 * i));
                s[4 + i] = (byte) (used >>> (8 * i));
            }
            return this;
        }

        public Sector initialWrite(int value) {
            initialWrite = value;
            return this;
        }

        /** Stores this CRC instead of the right one (0 together with initial_write 1 means "unchecked"). */
        public Sector crc(long value) {
            crc = value;
            return this;
        }

        /** The state a firmware ≥0.7 write leaves the old copy in: CRC made while current, then is_current 0. */
        public Sector retired() {
            retired = true;
            return this;
        }

        /** Stores a wrong CRC. */
        public Sector badCrc() {
            crc = -1L;
            return this;
        }

        public byte[] build() {
            byte[] out = s.clone();
            if (versioned) {
                put(out, VERSION, new byte[] {(byte) 0xCD, 0x00, 0x02, (byte) 0xDC, 0, 0, 0x70, 0x03});
                out[VERSION + 12] = (byte) initialWrite;
                out[VERSION + 13] = (byte) sequence;
                out[VERSION + 14] = 0;
                out[VERSION + 15] = 0;
                if (retired) {
                    out[9] = 1;
                }
                long value = crc == null ? referenceCrc(out) : crc == -1L ? referenceCrc(out) ^ 0x5A5A5A5AL : crc;
                for (int i = 0; i < 4; i++) {
                    out[VERSION + 8 + i] = (byte) (value >>> (8 * i));
                }
                if (retired) {
                    out[9] = 0;
                    out[VERSION + 12] = 0;
                }
            }
            return out;
        }
    }
}
