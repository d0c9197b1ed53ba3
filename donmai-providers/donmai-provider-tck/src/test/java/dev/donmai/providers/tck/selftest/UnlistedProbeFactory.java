package dev.donmai.providers.tck.selftest;

/** The probe's factory under another class name that no META-INF/services file lists. */
public final class UnlistedProbeFactory extends ProbeFactory {
}
