package dev.reclaim.workflow.device;

/**
 * Which device to work on, typed: a kind and its checked argument. Made by {@link DeviceKinds#parse} or
 * {@link DeviceKind#spec}; its text form is what the CLI's {@code --via}/{@code --device} take.
 */
public record DeviceSpec(DeviceKind kind, String argument) {
    /** "simulated P1 (keys-rejected)", "UART bootloader on /dev/ttyUSB0". */
    public String description() {
        return kind.describe(argument);
    }

    /** See {@link DeviceKind#attachSense}. */
    public java.util.Optional<AttachSense> attachSense() {
        return kind.attachSense(argument);
    }

    /** See {@link DeviceKind#flashThroughProbe}. */
    public boolean flashThroughProbe() {
        return kind.flashThroughProbe();
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? kind.prefix() : kind.prefix() + ":" + argument;
    }
}
