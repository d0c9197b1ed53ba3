package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checks every provider must pass, whatever its family (contracts.md §6, first row). A provider author does not
 * extend this class directly but its family's contract test (e.g. {@code SandboxProviderContractTest}), at test
 * scope, and supplies {@link #factory()}, {@link #config()} and {@link #invokeAnyVerb}; the family class adds its
 * facets and checks.
 *
 * <p>Every test creates its own provider and {@link TckHost}; both are deactivated and closed after the test.
 * A hanging provider fails its test through the class-level timeout instead of hanging the build.
 *
 * @param <P> the provider type under test
 * @param <C> its family's capability record
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
public abstract class ProviderContractTest<P extends Provider<C>, C extends Capabilities> {

    /** A configuration key no provider knows; {@code create} must reject it. */
    public static final String UNKNOWN_KEY = "tck-unknown-key";

    /** How long a provider may take to end the threads it made once deactivated. */
    private static final Duration THREAD_END_WAIT = Duration.ofSeconds(5);

    private final Deque<Provider<?>> created = new ArrayDeque<>();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private TckHost lastHost;

    // ---------------------------------------------------------------- supplied by the subclass

    /** The factory under test; the same class must be listed in {@code META-INF/services}. */
    protected abstract ProviderFactory factory();

    /** A configuration {@code create} accepts and {@code activate} succeeds with. */
    protected ProviderConfig config() {
        return ProviderConfig.empty();
    }

    /**
     * Calls one verb of {@code provider} with valid arguments. On an active provider it should succeed; before
     * activation and after deactivation the kit expects {@link ProviderException.NotActive} to escape it.
     */
    protected abstract void invokeAnyVerb(P provider);

    /** How to make activation fail; when empty, the failed-activation check is skipped. */
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.empty();
    }

    /** The facets and the flags that govern them; family contract tests fill this in. */
    protected List<FacetCheck<P, C>> facets() {
        return List.of();
    }

    /** The family interface every created provider must implement; family contract tests narrow it. */
    protected Class<?> familyType() {
        return Provider.class;
    }

    /** The timeout passed to verbs. */
    protected Duration verbTimeout() {
        return Duration.ofSeconds(30);
    }

    /** The timeout passed to {@code health}. */
    protected Duration healthTimeout() {
        return Duration.ofSeconds(2);
    }

    /** The {@code apiVersion}s the host accepts (configuration; the OSS default is {@code donmai.dev/v1}). */
    protected Set<String> acceptedApiVersions() {
        return Set.of(ProviderManifest.API_VERSION_V1);
    }

    /** Prepares each new host before activation, e.g. registers providers the one under test looks up. */
    protected void prepareHost(TckHost host) {
    }

    // ---------------------------------------------------------------- helpers for family tests and subclasses

    /** Creates an inactive provider from {@link #config()}; it is deactivated after the test. */
    protected final P createProvider() {
        return createProvider(config());
    }

    /** Creates an inactive provider from {@code config}; it is deactivated after the test. */
    protected final P createProvider(ProviderConfig config) {
        Provider<?> provider = VerbCalls.call("create", verbTimeout(), () -> factory().create(config));
        assertThat(provider).as("factory.create result").isNotNull();
        created.push(provider);
        if (!familyType().isInstance(provider)) {
            fail("the factory created a " + provider.getClass().getName() + ", which is not a "
                    + familyType().getName());
        }
        @SuppressWarnings("unchecked") // checked just above against the family type; C follows from the manifest
        P typed = (P) provider;
        return typed;
    }

    /** A new host for {@code provider}, prepared by {@link #prepareHost}; closed after the test. */
    protected final TckHost newHost(Provider<?> provider) {
        TckHost host = TckHost.forProvider(provider);
        resources.push(host);
        prepareHost(host);
        return host;
    }

    /** Creates a provider from {@link #config()} and activates it on a new host ({@link #host()}). */
    protected final P activeProvider() {
        P provider = createProvider();
        TckHost host = newHost(provider);
        activate(provider, host);
        lastHost = host;
        return provider;
    }

    /** The host of the last {@link #activeProvider()}. */
    protected final TckHost host() {
        if (lastHost == null) {
            throw new IllegalStateException("no provider was activated in this test yet");
        }
        return lastHost;
    }

    /** Activates {@code provider} on {@code host} as the runtime does, with {@link #verbTimeout()}. */
    protected final void activate(P provider, ProviderHost host) {
        VerbCalls.run("activate", verbTimeout(), () -> provider.activate(host, verbTimeout()));
    }

    /** Deactivates {@code provider} with {@link #verbTimeout()}. */
    protected final void deactivate(P provider) {
        VerbCalls.run("deactivate", verbTimeout(), () -> provider.deactivate(verbTimeout()));
    }

    /** A new empty directory for fixtures (sources, destinations, working directories); deleted after the test. */
    protected final Path scratchDir(String name) {
        try {
            Path dir = Files.createTempDirectory("donmai-tck-" + name + "-");
            resources.push(() -> TckHost.deleteTree(dir));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** Closes {@code resource} after the test, before the hosts (latest first). */
    protected final <T extends AutoCloseable> T closeAfterTest(T resource) {
        resources.push(resource);
        return resource;
    }

    @AfterEach
    final void releaseTckResources() throws Exception {
        Throwable first = null;
        while (!created.isEmpty()) {
            Provider<?> provider = created.pop();
            try {
                provider.deactivate(verbTimeout());
            } catch (RuntimeException | Error e) {
                first = first == null ? e : first;
            }
        }
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception | Error e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            fail("releasing the provider after the test failed: a repeated deactivate must never throw", first);
        }
    }

    // ---------------------------------------------------------------- discovery and manifest

    @Test
    @DisplayName("[row 1] the factory is listed in META-INF/services/dev.donmai.contracts.provider.ProviderFactory")
    void factoryIsListedForServiceLoader() {
        Class<?> factoryClass = factory().getClass();
        boolean listed = ServiceLoader.load(ProviderFactory.class, factoryClass.getClassLoader()).stream()
                .anyMatch(p -> p.type() == factoryClass);
        assertThat(listed)
                .as("ServiceLoader finds %s; list it in META-INF/services/%s", factoryClass.getName(),
                        ProviderFactory.class.getName())
                .isTrue();
    }

    @Test
    @DisplayName("[row 1] the manifest is valid and factory.manifest() is pure")
    void manifestIsValid() {
        ProviderFactory factory = factory();
        ProviderManifest<?> manifest = factory.manifest();
        assertThat(manifest).as("factory.manifest()").isNotNull();
        assertThat(factory.manifest()).as("a second factory.manifest()").isEqualTo(manifest);
        assertThat(ManifestChecks.problems(manifest, factory.getClass(), acceptedApiVersions()))
                .as("manifest problems").isEmpty();
    }

    @Test
    @DisplayName("[row 1] the created provider carries the factory's manifest, the configured scope, fixed caps")
    void providerCarriesTheFactoryManifest() {
        P provider = createProvider();
        assertThat(provider.manifest()).as("provider.manifest()").isEqualTo(factory().manifest());
        assertThat(provider.capabilities()).as("capabilities() before activation")
                .isEqualTo(provider.manifest().capabilitiesDeclared());
        assertThat(provider.scope()).as("scope()").isEqualTo(config().scope());
        Optional<ProviderSignature> signature = provider.signature();
        assertThat(signature).as("signature() is an Optional, never null").isNotNull();
        signature.ifPresent(s -> assertThat(s.manifestHash()).as("signature manifestHash (hex SHA-256)")
                .matches("^[0-9a-f]{64}$"));
        P other = createProvider();
        assertThat(other).as("each create gives a new provider").isNotSameAs(provider);
    }

    @Test
    @DisplayName("[row 1] create rejects an unknown configuration key with ContractViolation(UNKNOWN_FIELD)")
    void createRejectsUnknownKeys() {
        ProviderConfig base = config();
        Map<String, Object> values = new HashMap<>(base.values());
        values.put(UNKNOWN_KEY, "x");
        ProviderConfig withValue = new ProviderConfig(base.scope(), values, base.secrets());
        ProviderException.ContractViolation e = VerbCalls.expect(ProviderException.ContractViolation.class,
                "create", verbTimeout(), () -> created.push(factory().create(withValue)));
        assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD);
        assertThat(e.field()).as("the violation names the key").contains(UNKNOWN_KEY);

        Map<String, Secret> secrets = new HashMap<>(base.secrets());
        secrets.put(UNKNOWN_KEY, Secret.of("tck-not-a-real-secret"));
        ProviderConfig withSecret = new ProviderConfig(base.scope(), base.values(), secrets);
        ProviderException.ContractViolation s = VerbCalls.expect(ProviderException.ContractViolation.class,
                "create", verbTimeout(), () -> created.push(factory().create(withSecret)));
        assertThat(s.code()).as("an unknown secret key").isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD);
        assertThat(s.getMessage()).as("the message never echoes a secret").doesNotContain("tck-not-a-real-secret");
    }

    @Test
    @DisplayName("[row 1] create starts no thread")
    void createStartsNoThread() {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        createProvider();
        List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !isJvmOrTestThread(t))
                .map(Thread::getName)
                .toList();
        assertThat(started).as("threads started by factory.create (contracts.md §2.5: no I/O, no threads)")
                .isEmpty();
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    @DisplayName("[row 1 / 1] a verb before activate throws NotActive; deactivate before activate is fine")
    void verbBeforeActivateIsNotActive() {
        P provider = createProvider();
        VerbCalls.expect(ProviderException.NotActive.class, "invokeAnyVerb", verbTimeout(),
                () -> invokeAnyVerb(provider));
        VerbCalls.run("deactivate", verbTimeout(), () -> provider.deactivate(verbTimeout()));
        VerbCalls.expect(ProviderException.NotActive.class, "invokeAnyVerb", verbTimeout(),
                () -> invokeAnyVerb(provider));
    }

    @Test
    @DisplayName("[row 1 / 1] activate twice and deactivate twice are fine; a verb afterwards throws NotActive")
    void activateAndDeactivateAreIdempotent() {
        P provider = createProvider();
        TckHost host = newHost(provider);
        activate(provider, host);
        activate(provider, host);
        invokeActive(provider);
        deactivate(provider);
        deactivate(provider);
        VerbCalls.expect(ProviderException.NotActive.class, "invokeAnyVerb", verbTimeout(),
                () -> invokeAnyVerb(provider));
    }

    @Test
    @DisplayName("[row 1 / 1] a failed activation leaves the provider inactive")
    void failedActivationStaysInactive() {
        Optional<ActivationFailure> failure = activationFailure();
        assumeTrue(failure.isPresent(), "the contract test supplies no activationFailure()");
        P provider = createProvider(failure.get().configIfAny().orElseGet(this::config));
        TckHost host = newHost(provider);
        ProviderHost broken = failure.get().host().apply(host);
        VerbCalls.expect(ProviderException.class, "activate", verbTimeout(),
                () -> provider.activate(broken, verbTimeout()));
        VerbCalls.expect(ProviderException.NotActive.class, "invokeAnyVerb", verbTimeout(),
                () -> invokeAnyVerb(provider));
        VerbCalls.run("deactivate", verbTimeout(), () -> provider.deactivate(verbTimeout()));
        awaitNoProviderThreads(host, "after a failed activation");
        assertThat(host.periodicTasksPending()).as("periodic tasks left by a failed activation").isZero();
    }

    @Test
    @DisplayName("[row 1] deactivate ends the provider's threads and periodic tasks")
    void deactivateReleasesHostResources() {
        P provider = activeProvider();
        invokeActive(provider);
        deactivate(provider);
        awaitNoProviderThreads(host(), "after deactivate");
        assertThat(host().periodicTasksPending()).as("periodic tasks left on the host scheduler after deactivate")
                .isZero();
    }

    // ---------------------------------------------------------------- capabilities and facets

    @Test
    @DisplayName("[row 1 / 2] each facet is present iff its capability flag is true")
    void facetPresentIffFlag() {
        List<FacetCheck<P, C>> facets = facets();
        assumeFalse(facets.isEmpty(), "the family declares no facet");
        P provider = activeProvider();
        C declared = provider.capabilities();
        for (FacetCheck<P, C> check : facets) {
            boolean flag = check.flagOf().test(declared);
            Optional<?> facet = VerbCalls.call(check.facet(), verbTimeout(), () -> check.accessor().apply(provider));
            assertThat(facet).as("%s() returns an Optional, never null", check.facet()).isNotNull();
            assertThat(facet.isPresent())
                    .as("%s() present iff %s (which is %s)", check.facet(), check.flag(), flag)
                    .isEqualTo(flag);
        }
    }

    @Test
    @DisplayName("[row 1 / 2] observed capabilities never claim more than the declared ones")
    void observedNeverAboveDeclared() {
        P provider = activeProvider();
        assertThat(provider.capabilities()).as("capabilities() after activation (fixed for life)")
                .isEqualTo(provider.manifest().capabilitiesDeclared());
        C observed = VerbCalls.call("observedCapabilities", verbTimeout(), provider::observedCapabilities);
        assertThat(observed).as("observedCapabilities()").isNotNull();
        assertThat(observed.family()).as("observed family").isEqualTo(provider.manifest().family());
        assertThat(CapabilityOrder.aboveDeclared(provider.capabilities(), observed))
                .as("components where observed > declared").isEmpty();
    }

    // ---------------------------------------------------------------- health, errors, events

    @Test
    @DisplayName("[row 1] health answers within its timeout + 1 s")
    void healthAnswersInTime() {
        P provider = activeProvider();
        ProviderHealth health = VerbCalls.call("health", healthTimeout(), () -> provider.health(healthTimeout()));
        assertThat(health).as("health()").isNotNull();
    }

    @Test
    @DisplayName("[row 1] an interrupted verb keeps the interrupt flag and throws nothing but ProviderException")
    void interruptedVerbKeepsTheFlag() {
        P provider = activeProvider();
        Thread.currentThread().interrupt();
        boolean stillInterrupted;
        try {
            invokeAnyVerb(provider);
        } catch (ProviderException e) {
            // Cancelled is the expected answer of a verb that waited; any other ProviderException is allowed too.
        } catch (Throwable t) {
            Thread.interrupted();
            fail("an interrupted verb let " + t.getClass().getName() + " escape; only ProviderException "
                    + "(Cancelled) may (contracts.md §0)", t);
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        assertThat(stillInterrupted).as("the caller's interrupt flag is kept (contracts.md §0: cancel)").isTrue();
    }

    @Test
    @DisplayName("[row 1] published hook events name the provider and have unique ids")
    void publishedEventsNameTheProvider() {
        P provider = activeProvider();
        invokeActive(provider);
        deactivate(provider);
        Set<String> ids = new HashSet<>();
        for (ProviderHookEvent event : host().events()) {
            assertThat(event.provider()).as("provider of %s", event.kind()).isEqualTo(host().self());
            assertThat(event.eventId()).as("eventId of %s", event.kind()).isNotBlank();
            assertThat(ids.add(event.eventId())).as("eventId %s is unique", event.eventId()).isTrue();
        }
    }

    // ---------------------------------------------------------------- internals

    /** Calls {@link #invokeAnyVerb} on an active provider: it must not claim to be inactive. */
    private void invokeActive(P provider) {
        try {
            VerbCalls.run("invokeAnyVerb", verbTimeout(), () -> invokeAnyVerb(provider));
        } catch (ProviderException.NotActive e) {
            fail("an active provider threw NotActive", e);
        }
    }

    private static void awaitNoProviderThreads(TckHost host, String when) {
        long deadline = System.nanoTime() + THREAD_END_WAIT.toNanos();
        for (Thread thread : host.liveProviderThreads()) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            try {
                thread.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for provider threads", e);
            }
        }
        assertThat(host.liveProviderThreads().stream().map(Thread::getName).toList())
                .as("threads made through host.threadFactory() still alive %s", when).isEmpty();
    }

    private static boolean isJvmOrTestThread(Thread thread) {
        // Threads the JVM, the JDK or JUnit start lazily on their own; none of them is the provider's doing.
        String name = thread.getName();
        return name.startsWith("junit-") || name.equals("Attach Listener") || name.equals("Common-Cleaner")
                || name.equals("process reaper") || name.equals("Signal Dispatcher") || name.startsWith("surefire-");
    }
}
