package org.resourcelibrary.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What the machine and a process are doing, from Linux's {@code /proc}: the load average recorded next to
 * every figure (the machine is shared), and a process's resident memory.
 */
public final class Machine {

    private Machine() {
    }

    /** The one-minute load average, or NaN where {@code /proc/loadavg} is missing. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident memory of process {@code pid} now ({@code VmRSS}), in bytes. */
    public static OptionalLong residentBytes(long pid) {
        return status(pid, "VmRSS:");
    }

    /** The most resident memory process {@code pid} has had ({@code VmHWM}), in bytes. */
    public static OptionalLong peakResidentBytes(long pid) {
        return status(pid, "VmHWM:");
    }

    private static OptionalLong status(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
