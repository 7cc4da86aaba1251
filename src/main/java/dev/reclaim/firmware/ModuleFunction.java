package dev.reclaim.firmware;

/**
 * What a Device OS module is for: {@code module_function_t} in device-os {@code dynalib/inc/module_info.h}
 * (MOD_FUNC_NONE 0 … MOD_FUNC_RADIO_STACK 8, the same values from v0.4.9 to v2.3.1).
 */
public enum ModuleFunction {
    NONE(0, "none"),
    RESOURCE(1, "resource"),
    BOOTLOADER(2, "bootloader"),
    MONO_FIRMWARE(3, "monolithic firmware"),
    SYSTEM_PART(4, "system part"),
    USER_PART(5, "user part"),
    SETTINGS(6, "settings"),
    NCP_FIRMWARE(7, "NCP firmware"),
    RADIO_STACK(8, "radio stack"),
    /** A byte no Device OS release defines (an erased or damaged header). */
    UNKNOWN(-1, "unknown");

    private final int code;
    private final String words;

    ModuleFunction(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public int code() {
        return code;
    }

    public static ModuleFunction of(int code) {
        for (ModuleFunction f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return words;
    }
}
