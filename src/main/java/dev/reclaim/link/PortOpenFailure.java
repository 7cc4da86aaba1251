package dev.reclaim.link;

/**
 * What a failed serial-port open means, from the error code jSerialComm reports (errno on Linux and macOS, the
 * Win32 error on Windows). Guessing "permission" for every code sent users to the dialout group when they had named
 * a file that is no terminal at all (ENOTTY).
 */
final class PortOpenFailure {
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int EPERM = 1;
    private static final int EBUSY = 16;
    private static final int ENOTTY = 25;
    private static final int WIN_FILE_NOT_FOUND = 2;
    private static final int WIN_ACCESS_DENIED = 5;

    private PortOpenFailure() {
    }

    static String message(String port, int code, HostOs os) {
        String head = "Cannot open serial port '" + port + "': ";
        if (os == HostOs.WINDOWS) {
            return switch (code) {
                case WIN_FILE_NOT_FOUND -> head + "there is no such port; check the name (see the device list) and the"
                        + " cable.";
                case WIN_ACCESS_DENIED -> head + "another program has it open (a terminal, particle-cli, another"
                        + " Reclaim); close that program and try again.";
                default -> generic(head, code);
            };
        }
        return switch (code) {
            case ENOENT -> head + "there is no such port; check the name (see the device list) and the cable.";
            case EACCES, EPERM -> head + "permission denied; " + (os == HostOs.LINUX
                    ? "join the 'dialout' group (sudo usermod -aG dialout $USER, then log in again)."
                    : "allow this user to use the port.");
            case EBUSY -> head + "another program has it open (a terminal, particle-cli, another Reclaim); close"
                    + " that program and try again.";
            case ENOTTY -> head + "it is not a serial port (no terminal device: a regular file or another kind of"
                    + " device); name the adapter's port, e.g. " + (os == HostOs.MAC ? "/dev/cu.usbserial-0001."
                            : "/dev/ttyUSB0.");
            default -> generic(head, code);
        };
    }

    private static String generic(String head, int code) {
        return head + "error " + code + "; is it plugged in, used by another program, or not yours to use?";
    }
}
