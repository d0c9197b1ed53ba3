package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.sandbox.CapacitySnapshot;
import dev.donmai.contracts.sandbox.NetworkPolicy;
import dev.donmai.contracts.sandbox.Resources;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxCapacityProbe;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxLogs;
import dev.donmai.contracts.sandbox.SandboxPauseResume;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.session.SessionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code sandbox} family (contracts.md §6, row 9 and §3.1), on top of the base checks.
 * A provider author subclasses it at test scope and supplies {@link #factory()} and, where needed, {@link #config()},
 * {@link #spec(SessionKey)} and {@link #failingSpec(SessionKey)}.
 *
 * @param <P> the provider type
 */
public abstract class SandboxProviderContractTest<P extends SandboxProvider>
        extends ProviderContractTest<P, SandboxCapabilities> {

    /** The registration token every spec carries; it must never show up in a log line, a value or a message. */
    protected static final String REGISTRATION_TOKEN = "tck-registration-token-5f0c2e";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Class<?> familyType() {
        return SandboxProvider.class;
    }

    @Override
    protected List<FacetCheck<P, SandboxCapabilities>> facets() {
        return List.of(
                FacetCheck.of("pauseResume", "supportsPauseResume", SandboxCapabilities::supportsPauseResume,
                        SandboxProvider::pauseResume),
                FacetCheck.of("capacityProbe", "supportsCapacityQuery", SandboxCapabilities::supportsCapacityQuery,
                        SandboxProvider::capacityProbe),
                FacetCheck.of("logs", "supportsLogStreaming", SandboxCapabilities::supportsLogStreaming,
                        SandboxProvider::logs));
    }

    /** A spec this provider can provision; by default the minimal one with {@link #REGISTRATION_TOKEN}. */
    protected SandboxSpec spec(SessionKey session) {
        return SandboxSpec.minimal(session, ScopeTarget.global(), Secret.of(REGISTRATION_TOKEN));
    }

    /**
     * A spec whose provisioning fails after the handle exists (an image that does not exist, a worker that cannot
     * start), for "a failure is a {@code Failed} value"; empty skips that check.
     */
    protected Optional<SandboxSpec> failingSpec(SessionKey session) {
        return Optional.empty();
    }

    /** How long a sandbox may take to reach a final status in {@link #failureIsAFailedValue()}. */
    protected Duration settleTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        SandboxHandle handle = provider.provision(spec(TckIds.sessionKey()), verbTimeout());
        provider.terminate(handle, verbTimeout());
    }

    // ---------------------------------------------------------------- verbs

    @Test
    @DisplayName("[9] a provisioned sandbox is provisioning, ready or running; its handle is consistent")
    void provisionedSandboxIsLive() {
        P provider = activeProvider();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        assertThat(handle.providerId()).as("handle.providerId").isEqualTo(provider.manifest().id());
        assertThat(provider.capabilities().transportModel().allows(handle.transport()))
                .as("transport %s allowed by transportModel %s", handle.transport().getClass().getSimpleName(),
                        provider.capabilities().transportModel())
                .isTrue();
        SandboxStatus status = status(provider, handle);
        assertThat(status).as("status right after provision")
                .isInstanceOfAny(SandboxStatus.Provisioning.class, SandboxStatus.Ready.class,
                        SandboxStatus.Running.class);
        terminate(provider, handle);
    }

    @Test
    @DisplayName("[9] terminate twice: both Terminated, then status is Terminated")
    void terminateTwiceIsTerminated() {
        P provider = activeProvider();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        SandboxStatus.Terminated first = terminate(provider, handle);
        SandboxStatus.Terminated second = terminate(provider, handle);
        assertThat(first).as("first terminate").isNotNull();
        assertThat(second).as("second terminate").isNotNull();
        assertThat(status(provider, handle)).as("status after terminate").isInstanceOf(SandboxStatus.Terminated.class);
    }

    @Test
    @DisplayName("[9] a provisioning failure is a Failed status value, not an exception")
    void failureIsAFailedValue() {
        Optional<SandboxSpec> failing = failingSpec(TckIds.sessionKey());
        assumeTrue(failing.isPresent(), "the contract test supplies no failingSpec()");
        P provider = activeProvider();
        SandboxHandle handle = provision(provider, failing.get());
        SandboxStatus end = Polling.until("a final status", settleTimeout(), () -> status(provider, handle),
                SandboxProviderContractTest::isFinal);
        assertThat(end).as("final status of a failing sandbox").isInstanceOf(SandboxStatus.Failed.class);
        terminate(provider, handle);
    }

    @Test
    @DisplayName("[9] statuses and handles never show the registration token; neither do log lines")
    void registrationTokenNeverLeaks() {
        P provider = activeProvider();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        List<String> seen = new ArrayList<>();
        seen.add(handle.toString());
        seen.add(String.valueOf(status(provider, handle)));
        seen.add(String.valueOf(terminate(provider, handle)));
        seen.add(String.valueOf(status(provider, handle)));
        host().logger().lines().forEach(line -> seen.add(line.message()));
        host().familyEvents().forEach(event -> seen.add(event.payload().toString()));
        assertThat(seen).as("values, log lines and events").noneMatch(s -> s.contains(REGISTRATION_TOKEN));
    }

    @Test
    @DisplayName("[3.1] a spec outside the capabilities is Unsupported (GPU, network policy, region, resources)")
    void specOutsideCapabilitiesIsUnsupported() {
        P provider = activeProvider();
        SandboxCapabilities caps = provider.capabilities();
        List<UnaryOperator<SandboxSpec>> outside = new ArrayList<>();
        if (!caps.supportsGpu()) {
            outside.add(s -> with(s, new Resources(1, 512, 1024, true), s.networkPolicy(), s.region()));
        }
        if (!caps.supportsCustomNetworkPolicy()) {
            outside.add(s -> with(s, s.resources(), NetworkPolicy.allowlist(List.of("example.org")), s.region()));
        }
        if (!caps.regions().contains("*")) {
            outside.add(s -> with(s, s.resources(), s.networkPolicy(), "tck-nowhere-region"));
        }
        if (caps.maxVCpu() != null) {
            outside.add(s -> with(s, new Resources(caps.maxVCpu() * 2, 512, 1024, false), s.networkPolicy(),
                    s.region()));
        }
        if (caps.maxMemoryMb() != null) {
            outside.add(s -> with(s, new Resources(1, caps.maxMemoryMb() * 2, 1024, false), s.networkPolicy(),
                    s.region()));
        }
        assumeTrue(!outside.isEmpty(), "the capabilities rule nothing out");
        for (UnaryOperator<SandboxSpec> change : outside) {
            SandboxSpec spec = change.apply(spec(TckIds.sessionKey()));
            VerbCalls.expect(ProviderException.Unsupported.class, "provision", verbTimeout(),
                    () -> provider.provision(spec, verbTimeout()));
        }
    }

    @Test
    @DisplayName("[3.1] no sandbox beyond the observed maxConcurrent: the next provision is Unavailable")
    void maxConcurrentIsEnforced() {
        P provider = activeProvider();
        // The observed limit applies: configuration may lower it below the declared one.
        Integer max = provider.observedCapabilities().maxConcurrent();
        assumeTrue(max != null && max <= 8, "maxConcurrent is unknown or too large to exhaust in a test");
        List<SandboxHandle> handles = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            handles.add(provision(provider, spec(TckIds.sessionKey())));
        }
        VerbCalls.expect(ProviderException.Unavailable.class, "provision", verbTimeout(),
                () -> provider.provision(spec(TckIds.sessionKey()), verbTimeout()));
        handles.forEach(h -> terminate(provider, h));
        SandboxHandle again = provision(provider, spec(TckIds.sessionKey()));
        terminate(provider, again);
    }

    // ---------------------------------------------------------------- facets

    @Test
    @DisplayName("[9] capacity: maxConcurrent is null iff declared null; active sandboxes are counted")
    void capacityMatchesDeclaration() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsCapacityQuery(), "supportsCapacityQuery is false");
        SandboxCapacityProbe probe = provider.capacityProbe().orElseThrow();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        CapacitySnapshot snapshot = VerbCalls.call("capacity", verbTimeout(), () -> probe.capacity(verbTimeout()));
        Integer declared = provider.capabilities().maxConcurrent();
        if (declared == null) {
            assertThat(snapshot.maxConcurrent()).as("maxConcurrent when declared null").isNull();
        } else {
            assertThat(snapshot.maxConcurrent()).as("maxConcurrent when declared %s", declared).isNotNull()
                    .isLessThanOrEqualTo(declared);
        }
        assertThat(snapshot.provisionedActive() + snapshot.provisionedPaused()).as("provisioned sandboxes")
                .isGreaterThanOrEqualTo(1);
        terminate(provider, handle);
    }

    @Test
    @DisplayName("[9] pause/resume round trip: Paused, pause again Paused, resume Ready or Running")
    void pauseResumeRoundTrip() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsPauseResume(), "supportsPauseResume is false");
        SandboxPauseResume facet = provider.pauseResume().orElseThrow();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        Polling.until("ready or running", settleTimeout(), () -> status(provider, handle),
                s -> s instanceof SandboxStatus.Ready || s instanceof SandboxStatus.Running);
        SandboxStatus.Paused paused = VerbCalls.call("pause", verbTimeout(), () -> facet.pause(handle, verbTimeout()));
        assertThat(paused).as("pause").isNotNull();
        assertThat(status(provider, handle)).as("status after pause").isInstanceOf(SandboxStatus.Paused.class);
        SandboxStatus.Paused again = VerbCalls.call("pause", verbTimeout(), () -> facet.pause(handle, verbTimeout()));
        assertThat(again).as("a second pause").isNotNull();
        SandboxStatus resumed = VerbCalls.call("resume", verbTimeout(), () -> facet.resume(handle, verbTimeout()));
        assertThat(resumed).as("resume").isInstanceOfAny(SandboxStatus.Ready.class, SandboxStatus.Running.class);
        assertThat(status(provider, handle)).as("status after resume").isNotInstanceOf(SandboxStatus.Paused.class);
        terminate(provider, handle);
    }

    @Test
    @DisplayName("[3.1] logs are NDJSON objects and the stream finishes after terminate")
    void logsAreNdjson() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsLogStreaming(), "supportsLogStreaming is false");
        SandboxLogs logs = provider.logs().orElseThrow();
        SandboxHandle handle = provision(provider, spec(TckIds.sessionKey()));
        PullStream<String> stream = VerbCalls.call("logs.stream", verbTimeout(),
                () -> logs.stream(handle, verbTimeout()));
        closeAfterTest(stream::close);
        terminate(provider, handle);
        long deadline = System.nanoTime() + settleTimeout().toNanos();
        List<String> lines = new ArrayList<>();
        while (!stream.isFinished() && System.nanoTime() < deadline) {
            stream.next(AgentStreamReader.POLL).ifPresent(lines::add);
        }
        assertThat(stream.isFinished()).as("log stream finished after terminate").isTrue();
        for (String line : lines) {
            assertThat(line).as("an NDJSON element has no newline").doesNotContain("\n");
            JsonNode node = parse(line);
            assertThat(node.isObject()).as("log line %s is a JSON object", line).isTrue();
            assertThat(line).as("log line").doesNotContain(REGISTRATION_TOKEN);
        }
        stream.close();
        stream.close();
    }

    // ---------------------------------------------------------------- helpers

    /** Provisions through {@link VerbCalls} and terminates the sandbox after the test. */
    protected final SandboxHandle provision(P provider, SandboxSpec spec) {
        SandboxHandle handle = VerbCalls.call("provision", verbTimeout(), () -> provider.provision(spec, verbTimeout()));
        assertThat(handle).as("provision result").isNotNull();
        closeAfterTest(() -> {
            try {
                provider.terminate(handle, verbTimeout());
            } catch (ProviderException e) {
                // Already deactivated or gone: nothing left to clean up.
            }
        });
        return handle;
    }

    /** Reads the status through {@link VerbCalls}. */
    protected final SandboxStatus status(P provider, SandboxHandle handle) {
        SandboxStatus status = VerbCalls.call("status", verbTimeout(), () -> provider.status(handle, verbTimeout()));
        assertThat(status).as("status result").isNotNull();
        return status;
    }

    /** Terminates through {@link VerbCalls}. */
    protected final SandboxStatus.Terminated terminate(P provider, SandboxHandle handle) {
        SandboxStatus.Terminated terminated = VerbCalls.call("terminate", verbTimeout(),
                () -> provider.terminate(handle, verbTimeout()));
        assertThat(terminated).as("terminate result").isNotNull();
        return terminated;
    }

    /** Terminated or Failed: the statuses a sandbox never leaves. */
    protected static boolean isFinal(SandboxStatus status) {
        return status instanceof SandboxStatus.Terminated || status instanceof SandboxStatus.Failed;
    }

    private static SandboxSpec with(SandboxSpec s, Resources resources, NetworkPolicy policy, String region) {
        return new SandboxSpec(s.session(), s.scope(), resources, s.registrationToken(), s.workerImage(), s.envVars(),
                policy, s.maxDuration(), s.idleTimeout(), s.workareaProviderId(), s.workareaSpec(), region);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("log line is not JSON: " + line, e);
        }
    }
}
