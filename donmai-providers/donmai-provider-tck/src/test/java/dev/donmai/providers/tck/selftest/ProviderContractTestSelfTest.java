package dev.donmai.providers.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ForwardingProviderHost;
import dev.donmai.providers.tck.selftest.ContractRun.Outcome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Shows that each base check can fail: a probe with one defect is run through the kit in a nested launcher, and
 * the check aimed at that defect must fail (not pass, not skip).
 */
class ProviderContractTestSelfTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(NoActiveCheck.class, "verbBeforeActivateIsNotActive"),
                Arguments.of(ActivateNotIdempotent.class, "activateAndDeactivateAreIdempotent"),
                Arguments.of(DeactivateRepeatThrows.class, "activateAndDeactivateAreIdempotent"),
                Arguments.of(ActiveAfterFailedActivation.class, "failedActivationStaysInactive"),
                Arguments.of(FacetMissing.class, "facetPresentIffFlag"),
                Arguments.of(ObservedAboveDeclared.class, "observedNeverAboveDeclared"),
                Arguments.of(SlowHealth.class, "healthAnswersInTime"),
                Arguments.of(LeaksRuntimeException.class, "activateAndDeactivateAreIdempotent"),
                Arguments.of(SwallowsInterrupt.class, "interruptedVerbKeepsTheFlag"),
                Arguments.of(AcceptsUnknownKeys.class, "createRejectsUnknownKeys"),
                Arguments.of(ThreadInCreate.class, "createStartsNoThread"),
                Arguments.of(LeaksThread.class, "deactivateReleasesHostResources"),
                Arguments.of(LeaksPeriodicTask.class, "deactivateReleasesHostResources"),
                Arguments.of(ManifestMismatch.class, "providerCarriesTheFactoryManifest"),
                Arguments.of(ForeignEvent.class, "publishedEventsNameTheProvider"),
                Arguments.of(Unlisted.class, "factoryIsListedForServiceLoader"));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("defects")
    void eachDefectFailsItsCheck(Class<?> contract, String check) {
        Map<String, Outcome> outcomes = ContractRun.of(contract);
        assertThat(outcomes).as("outcomes of %s", contract.getSimpleName()).containsEntry(check, Outcome.FAILED);
    }

    @Test
    void theCorrectProbePassesEveryCheckIncludingFailedActivation() {
        Map<String, Outcome> outcomes = ContractRun.of(WellBehaved.class);
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(14);
        assertThat(outcomes).allSatisfy((name, outcome) -> assertThat(outcome).as(name).isEqualTo(Outcome.PASSED));
    }

    @Test
    void aHostThatCannotServeFailsActivationAndTheProviderStaysInactive() {
        assertThat(ContractRun.of(BrokenDataDirHost.class))
                .containsEntry("failedActivationStaysInactive", Outcome.PASSED);
    }

    @Test
    void withoutAnActivationFailureTheCheckIsSkippedNotPassed() {
        assertThat(ContractRun.of(NoActivationFailure.class))
                .containsEntry("failedActivationStaysInactive", Outcome.SKIPPED);
    }

    static class WellBehaved extends ProbeContract {
    }

    static class BrokenDataDirHost extends ProbeContract {
        @Override
        protected Optional<ActivationFailure> activationFailure() {
            return Optional.of(ActivationFailure.withHost(host -> new ForwardingProviderHost(host) {
                @Override
                public Path dataDir() {
                    return host.dataDir().resolve("missing").resolve("nested");
                }
            }));
        }
    }

    static class NoActivationFailure extends ProbeContract {
        @Override
        protected Optional<ActivationFailure> activationFailure() {
            return Optional.empty();
        }
    }

    static class NoActiveCheck extends ProbeContract {
        @Override protected String defects() { return "NO_ACTIVE_CHECK"; }
    }

    static class ActivateNotIdempotent extends ProbeContract {
        @Override protected String defects() { return "ACTIVATE_NOT_IDEMPOTENT"; }
    }

    static class DeactivateRepeatThrows extends ProbeContract {
        @Override protected String defects() { return "DEACTIVATE_REPEAT_THROWS"; }
    }

    static class ActiveAfterFailedActivation extends ProbeContract {
        @Override protected String defects() { return "ACTIVE_AFTER_FAILED_ACTIVATION"; }
    }

    static class FacetMissing extends ProbeContract {
        @Override protected String defects() { return "FACET_MISSING"; }
    }

    static class ObservedAboveDeclared extends ProbeContract {
        @Override protected String defects() { return "OBSERVED_ABOVE_DECLARED"; }
    }

    static class SlowHealth extends ProbeContract {
        @Override protected String defects() { return "SLOW_HEALTH"; }
    }

    static class LeaksRuntimeException extends ProbeContract {
        @Override protected String defects() { return "LEAKS_RUNTIME_EXCEPTION"; }
    }

    static class SwallowsInterrupt extends ProbeContract {
        @Override protected String defects() { return "SWALLOWS_INTERRUPT"; }
    }

    static class AcceptsUnknownKeys extends ProbeContract {
        @Override protected String defects() { return "ACCEPTS_UNKNOWN_KEYS"; }
    }

    static class ThreadInCreate extends ProbeContract {
        @Override protected String defects() { return "THREAD_IN_CREATE"; }
    }

    static class LeaksThread extends ProbeContract {
        @Override protected String defects() { return "LEAKS_THREAD"; }
    }

    static class LeaksPeriodicTask extends ProbeContract {
        @Override protected String defects() { return "LEAKS_PERIODIC_TASK"; }
    }

    static class ManifestMismatch extends ProbeContract {
        @Override protected String defects() { return "MANIFEST_MISMATCH"; }
    }

    static class ForeignEvent extends ProbeContract {
        @Override protected String defects() { return "FOREIGN_EVENT"; }
    }

    static class Unlisted extends ProbeContract {
        @Override protected ProviderFactory factory() { return new UnlistedProbeFactory(); }
    }
}
