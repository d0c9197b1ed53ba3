package dev.donmai.runtime.api.daemon.config;

/**
 * {@code capacity.*} (host.md §4.2, §5.3).
 *
 * @param maxConcurrentSessions hard cap over non-terminal sessions; 0 accepts none
 * @param maxVCpuPerSession     per-session ceiling of {@code resources.vCpu}, ≥ 1
 * @param maxMemoryMbPerSession per-session ceiling of {@code resources.memoryMb}, ≥ 1
 * @param reservedVCpu          {@code capacity.reservedForSystem.vCpu}, reported only
 * @param reservedMemoryMb      {@code capacity.reservedForSystem.memoryMb}, reported only
 * @param poolMaxDiskGb         workarea pool disk budget; 0 = no limit
 */
public record Capacity(int maxConcurrentSessions, int maxVCpuPerSession, int maxMemoryMbPerSession,
        int reservedVCpu, int reservedMemoryMb, int poolMaxDiskGb) {

    /** The defaults of a daemon.yaml that names no capacity key. */
    public static final Capacity DEFAULT = new Capacity(8, 4, 8192, 4, 16384, 0);

    public Capacity {
        atLeast(maxConcurrentSessions, 0, "maxConcurrentSessions");
        atLeast(maxVCpuPerSession, 1, "maxVCpuPerSession");
        atLeast(maxMemoryMbPerSession, 1, "maxMemoryMbPerSession");
        atLeast(reservedVCpu, 0, "reservedVCpu");
        atLeast(reservedMemoryMb, 0, "reservedMemoryMb");
        atLeast(poolMaxDiskGb, 0, "poolMaxDiskGb");
    }

    /** The "no file" session cap: ⌊ncpu/2⌋ clamped to 1..8 (host.md §4.1). */
    public static int sessionsFor(int cpuCount) {
        return Math.max(1, Math.min(8, cpuCount / 2));
    }

    /** This capacity with another session cap. */
    public Capacity withMaxConcurrentSessions(int sessions) {
        return new Capacity(sessions, maxVCpuPerSession, maxMemoryMbPerSession, reservedVCpu, reservedMemoryMb,
                poolMaxDiskGb);
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min);
        }
    }
}
