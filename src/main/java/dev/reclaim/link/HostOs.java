package dev.reclaim.link;

import java.util.Locale;

/** The desktop OS Reclaim runs on, for messages that must say what is true there (USB access differs). */
public enum HostOs {
    LINUX, WINDOWS, MAC;

    public static HostOs current() {
        return of(System.getProperty("os.name", ""));
    }

    static HostOs of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") || name.contains("darwin") ? MAC : LINUX;
    }
}
