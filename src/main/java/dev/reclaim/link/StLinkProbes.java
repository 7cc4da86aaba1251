package dev.reclaim.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.LibUsb;

/** Finds ST-Link probes on the USB bus through usb4java and opens one as a {@link UsbBulkLink}. */
public final class StLinkProbes {
    /** Where the shipped rule is and where it goes; named in every permission message. */
    public static final String UDEV_RULE = "49-reclaim-stlink.rules";
    private static final int LANG_EN_US = 0x0409;

    private static Context context;

    private StLinkProbes() {
    }

    /** Every ST-Link on the bus, usable or not (a probe we may not open is listed with the reason). */
    public static List<StLinkProbe> list() throws IOException {
        List<StLinkProbe> probes = new ArrayList<>();
        try (Devices devices = Devices.scan()) {
            for (Device device : devices.list) {
                Optional<StLinkProduct> product = productOf(device);
                if (product.isEmpty()) {
                    continue;
                }
                probes.add(inspect(device, product.get()));
            }
        }
        return probes;
    }

    /**
     * Opens the probe with this serial number, or the only usable one when {@code serial} is empty.
     *
     * @throws IOException naming what to do: no probe, several probes (name one), permission, probe busy
     */
    public static UsbBulkLink open(Optional<String> serial) throws IOException {
        try (Devices devices = Devices.scan()) {
            List<Candidate> matches = new ArrayList<>();
            for (Device device : devices.list) {
                Optional<StLinkProduct> product = productOf(device);
                if (product.isPresent()) {
                    StLinkProbe probe = inspect(device, product.get());
                    if (serial.isEmpty() || serial.get().equalsIgnoreCase(probe.serial().orElse(""))) {
                        matches.add(new Candidate(device, probe));
                    }
                }
            }
            Candidate chosen = choose(matches, serial);
            return openDevice(chosen.device, chosen.probe);
        }
    }

    private record Candidate(Device device, StLinkProbe probe) {
    }

    private static Candidate choose(List<Candidate> matches, Optional<String> serial) throws IOException {
        if (matches.isEmpty()) {
            throw new IOException(serial.map(s -> "No ST-Link with serial " + s + " is plugged in")
                    .orElse("No ST-Link is plugged in") + ": check the USB cable, then run 'reclaim probes'.");
        }
        List<Candidate> usable = matches.stream().filter(c -> c.probe.usable()).toList();
        if (usable.isEmpty()) {
            throw new IOException(matches.get(0).probe.problem().orElseThrow());
        }
        if (usable.size() > 1) {
            throw new IOException("Several ST-Links are plugged in: name one with --via stlink:SERIAL ("
                    + usable.stream().map(c -> c.probe.serial().orElse("?")).collect(Collectors.joining(", "))
                    + ").");
        }
        return usable.get(0);
    }

    private static UsbBulkLink openDevice(Device device, StLinkProbe probe) throws IOException {
        DeviceHandle handle = new DeviceHandle();
        int rc = LibUsb.open(device, handle);
        if (rc != LibUsb.SUCCESS) {
            throw new IOException(openProblem(probe.product(), rc, probe.bus(), probe.address()));
        }
        IntBuffer config = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asIntBuffer();
        if (LibUsb.getConfiguration(handle, config) == LibUsb.SUCCESS && config.get(0) != 1) {
            LibUsb.setConfiguration(handle, 1);
        }
        rc = Usb4JavaBulkLink.claimInterface(handle);
        if (rc != LibUsb.SUCCESS) {
            LibUsb.close(handle);
            throw new IOException(rc == LibUsb.ERROR_BUSY ? inUseMessage(probe.describe()) : openProblem(probe.product(), rc, probe.bus(), probe.address()));
        }
        return Usb4JavaBulkLink.over(handle, probe.product(), probe.describe());
    }

    private static StLinkProbe inspect(Device device, StLinkProduct product) {
        int bus = LibUsb.getBusNumber(device);
        int address = LibUsb.getDeviceAddress(device);
        Optional<String> unsupported = product.unsupportedReason();
        DeviceHandle handle = new DeviceHandle();
        int rc = LibUsb.open(device, handle);
        if (rc != LibUsb.SUCCESS) {
            return new StLinkProbe(product, Optional.empty(), bus, address,
                    Optional.of(unsupported.orElse(openProblem(product, rc, bus, address))));
        }
        try {
            return new StLinkProbe(product, readSerial(device, handle), bus, address, unsupported);
        } finally {
            LibUsb.close(handle);
        }
    }

    private static Optional<String> readSerial(Device device, DeviceHandle handle) {
        DeviceDescriptor descriptor = new DeviceDescriptor();
        if (LibUsb.getDeviceDescriptor(device, descriptor) != LibUsb.SUCCESS || descriptor.iSerialNumber() == 0) {
            return Optional.empty();
        }
        ByteBuffer raw = ByteBuffer.allocateDirect(256);
        int n = LibUsb.getStringDescriptor(handle, descriptor.iSerialNumber(), (short) LANG_EN_US, raw);
        if (n < 2) {
            return Optional.empty();
        }
        byte[] bytes = new byte[n];
        raw.get(bytes);
        return Optional.of(ProbeSerial.fromStringDescriptor(bytes));
    }

    static String openProblem(StLinkProduct product, int libusbError, int bus, int address) {
        return openProblem(product, libusbError, bus, address, HostOs.current());
    }

    /**
     * The message for a probe we could not open, true on the OS it happened on. ERROR_ACCESS is a missing udev
     * rule on Linux; on Windows (WinUSB opens a device for one program at a time) and macOS it means another program
     * holds the probe — and the probe watcher opens every probe once a second, so this is what it sees while
     * STM32CubeProgrammer or OpenOCD is connected.
     */
    static String openProblem(StLinkProduct product, int libusbError, int bus, int address, HostOs os) {
        String where = product.displayName() + " (bus " + bus + ", device " + address + ")";
        if (libusbError == LibUsb.ERROR_ACCESS) {
            return os == HostOs.LINUX ? permissionMessage(where) : inUseMessage(where);
        }
        if (libusbError == LibUsb.ERROR_NOT_SUPPORTED && os == HostOs.WINDOWS) {
            // UNVERIFIED on real Windows hosts: which driver ST's current installer binds (WinUSB is expected).
            return "Cannot open " + where + ": Windows has no WinUSB driver bound to it. Install ST's ST-Link driver"
                    + " (STSW-LINK009), or bind WinUSB to it with Zadig, then unplug and replug the probe.";
        }
        return "Cannot open " + where + ": " + LibUsb.strError(libusbError) + ". Unplug it and plug it back in.";
    }

    private static String inUseMessage(String where) {
        return where + " is in use by another program (STM32CubeProgrammer, ST-LINK Utility, OpenOCD, st-util,"
                + " another Reclaim window?): close it and try again. Only one program at a time can use a probe.";
    }

    /** Names the rule file shipped under installer/linux and the commands that install it. */
    public static String permissionMessage(String where) {
        return "Permission denied opening " + where + ". On Linux install the udev rule: sudo cp installer/linux/"
                + UDEV_RULE + " /etc/udev/rules.d/ && sudo udevadm control --reload-rules && sudo udevadm trigger,"
                + " then unplug and replug the probe.";
    }

    private static Optional<StLinkProduct> productOf(Device device) {
        DeviceDescriptor descriptor = new DeviceDescriptor();
        if (LibUsb.getDeviceDescriptor(device, descriptor) != LibUsb.SUCCESS
                || (descriptor.idVendor() & 0xFFFF) != StLinkProduct.VENDOR_ID) {
            return Optional.empty();
        }
        return StLinkProduct.byProductId(descriptor.idProduct() & 0xFFFF);
    }

    private static synchronized Context context() throws IOException {
        if (context == null) {
            Context c = new Context();
            int rc;
            try {
                rc = LibUsb.init(c);
            } catch (LinkageError | RuntimeException e) {
                throw new IOException("USB access is not available on this system (libusb could not be loaded: "
                        + e.getMessage() + ").");
            }
            if (rc != LibUsb.SUCCESS) {
                throw new IOException("USB access is not available on this system: " + LibUsb.strError(rc) + ".");
            }
            context = c;
        }
        return context;
    }

    /** A scanned device list, freed (and its devices unreferenced) on close. */
    private static final class Devices implements AutoCloseable {
        private final DeviceList list;

        private Devices(DeviceList list) {
            this.list = list;
        }

        static Devices scan() throws IOException {
            DeviceList list = new DeviceList();
            int rc = LibUsb.getDeviceList(context(), list);
            if (rc < 0) {
                throw new IOException("Cannot list USB devices: " + LibUsb.strError(rc) + ".");
            }
            return new Devices(list);
        }

        @Override
        public void close() {
            LibUsb.freeDeviceList(list, true);
        }
    }
}
