package dev.donmai.contracts.sandbox;

/**
 * Resources asked for a sandbox.
 *
 * @param vCpu     virtual CPUs, fractions allowed, &gt; 0
 * @param memoryMb memory in MiB, &gt; 0
 * @param diskMb   disk in MiB, &gt; 0
 * @param gpu      a GPU is required (needs {@code supportsGpu})
 */
public record Resources(double vCpu, long memoryMb, long diskMb, boolean gpu) {

    public Resources {
        Checks.check(vCpu > 0 && Double.isFinite(vCpu), "vCpu");
        Checks.positive(memoryMb, "memoryMb");
        Checks.positive(diskMb, "diskMb");
    }
}
