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

    /** Clock ticks per second of {@code /proc/PID/stat}'s CPU times (USER_HZ: 100 on every Linux we run). */
    static final long TICKS_PER_SECOND = 100;

    /**
     * CPU time process {@code pid} has used so far (user and system, all threads), in nanoseconds, or -1 where
     * unknown: the cost of its work whatever else the machine runs.
     */
    public static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
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

    /** Resident anonymous memory (heap, stacks, malloc) of process {@code pid} ({@code RssAnon}), in bytes. */
    public static OptionalLong residentAnonymousBytes(long pid) {
        return status(pid, "RssAnon:");
    }

    /** Resident pages of mapped files (the index, jars) of process {@code pid} ({@code RssFile}), in bytes. */
    public static OptionalLong residentFileBytes(long pid) {
        return status(pid, "RssFile:");
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
