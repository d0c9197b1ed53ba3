package dev.donmai.providers.tck.selftest;

/** The correct probe passes every base check; Surefire runs it like a third party's contract test. */
class WellBehavedProbeTest extends ProbeContract {
}
