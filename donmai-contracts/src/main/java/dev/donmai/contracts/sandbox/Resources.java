package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
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
        FieldChecks.check(vCpu > 0 && Double.isFinite(vCpu), "vCpu");
        FieldChecks.positive(memoryMb, "memoryMb");
        FieldChecks.positive(diskMb, "diskMb");
    }
}
