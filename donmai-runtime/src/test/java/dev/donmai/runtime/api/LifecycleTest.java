package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.RecordingHookListener;
import dev.donmai.runtime.fakes.TestRegistries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lazy, idempotent activation and deactivation, the provider host, and capability checks at activation. */
class LifecycleTest {

    private static final ProviderRef BOX = new ProviderRef(ProviderFamily.SANDBOX, "box", "1.0.0", ScopeLevel.GLOBAL);

    @TempDir
    Path stateHome;

    private final RecordingHookListener hooks = new RecordingHookListener();
    private ProviderRegistry registry;

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    private FakeProvider loadOne(FakeProviderFactory factory) {
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.addListener(hooks);
        registry.register(factory);
        registry.load();
        return factory.only();
    }

    private java.util.List<String> kinds() {
        return hooks.events().stream().map(ProviderHookEvent::kind).toList();
    }

    @Test
    void loadingCreatesButDoesNotActivate() {
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box"));

        assertThat(registry.providers()).containsExactly(BOX);
        assertThat(box.activations()).isZero();
        assertThat(registry.isActive(BOX)).isFalse();
    }

    @Test
    void activationAndDeactivationAreIdempotent() {
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box"));

        assertThat(registry.activate(BOX)).isSameAs(box);
        assertThat(registry.activate(BOX)).isSameAs(box);
        assertThat(box.activations()).isEqualTo(1);
        assertThat(registry.isActive(BOX)).isTrue();

        registry.deactivate(BOX);
        registry.deactivate(BOX);
        assertThat(box.deactivations()).isEqualTo(1);
        assertThat(registry.isActive(BOX)).isFalse();

        registry.activate(BOX);
        assertThat(box.activations()).isEqualTo(2);
        assertThat(kinds()).containsExactly("pre-activate", "post-activate", "pre-deactivate", "post-deactivate",
                "pre-activate", "post-activate");
        assertThat(hooks.events()).allSatisfy(e -> {
            assertThat(e.provider()).isEqualTo(BOX);
            assertThat(e.at()).isEqualTo(TestRegistries.NOW);
        });
    }

    @Test
    void acquireResolvesAndActivatesTheChosenProviderOnly() {
        FakeProviderFactory box = FakeProviderFactory.sandbox("box");
        FakeProviderFactory other = FakeProviderFactory.sandbox("other");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.register(box);
        registry.register(other);
        registry.load();

        FakeProvider acquired = registry.acquire(ProviderFamily.SANDBOX, "box", ScopeTarget.global(), FakeProvider.class);

        assertThat(acquired).isSameAs(box.only());
        assertThat(acquired.active()).isTrue();
        assertThat(other.only().activations()).isZero();
        assertThat(registry.acquire(ProviderFamily.SANDBOX, "box", ScopeTarget.global(), Provider.class))
                .isSameAs(acquired);
        assertThat(acquired.activations()).isEqualTo(1);
    }

    @Test
    void acquiringAsTheWrongTypeActivatesNothing() {
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box"));

        assertThatThrownBy(() -> registry.acquire(ProviderFamily.SANDBOX, "box", ScopeTarget.global(), String.class))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_REFERENCE));
        assertThat(box.activations()).isZero();
    }

    @Test
    void unknownReferenceIsAnInvalidReference() {
        loadOne(FakeProviderFactory.sandbox("box"));

        assertThatThrownBy(() -> registry.activate(new ProviderRef(ProviderFamily.SANDBOX, "nope", "1.0.0", ScopeLevel.GLOBAL)))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }

    @Test
    void failedActivationThrowsActivationFailedAndStaysInactive() {
        IllegalStateException boom = new IllegalStateException("boom");
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box").shaping(p -> p.failingActivationWith(boom)));

        assertThatThrownBy(() -> registry.activate(BOX))
                .isInstanceOf(ProviderException.ActivationFailed.class)
                .hasCause(boom);
        assertThat(registry.isActive(BOX)).isFalse();
        assertThat(kinds()).containsExactly("pre-activate");

        box.failingActivationWith(null);
        registry.activate(BOX);
        assertThat(registry.isActive(BOX)).isTrue();
    }

    @Test
    void capabilitiesObservedBelowDeclaredAreAMismatch() {
        FakeCapabilities less = FakeCapabilities.sandbox().withFast(false).withSlots(2).withRegions("eu", "asia");
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box").shaping(p -> p.observing(less)));

        assertThatThrownBy(() -> registry.activate(BOX))
                .isInstanceOfSatisfying(ProviderException.CapabilityMismatch.class,
                        e -> assertThat(e.components()).containsExactly("fast", "slots", "regions"));
        assertThat(registry.isActive(BOX)).isFalse();
        assertThat(box.deactivations()).isEqualTo(1);
        assertThat(hooks.events(ProviderHookEvent.CapabilityMismatch.class))
                .singleElement()
                .satisfies(e -> assertThat(e.components()).containsExactly("fast", "slots", "regions"));
        assertThat(kinds()).containsExactly("pre-activate", "capability-mismatch", "pre-deactivate", "post-deactivate");
    }

    @Test
    void capabilitiesObservedAboveDeclaredAreFine() {
        FakeCapabilities more = FakeCapabilities.sandbox().withSlots(8).withRegions("eu", "us", "asia");
        loadOne(FakeProviderFactory.sandbox("box").shaping(p -> p.observing(more)));

        registry.activate(BOX);

        assertThat(registry.isActive(BOX)).isTrue();
    }

    @Test
    void hostGivesAPrivateDataDirTheClockLookupAndPublishing() throws Exception {
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box"));
        registry.activate(BOX);
        ProviderHost host = box.host();

        assertThat(host.self()).isEqualTo(BOX);
        assertThat(host.clock().instant()).isEqualTo(TestRegistries.NOW);
        assertThat(host.dataDir()).isEqualTo(stateHome.resolve("provider-data").resolve("sandbox").resolve("box"));
        assertThat(host.dataDir()).isDirectory();
        if (host.dataDir().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.dataDir())))
                    .isEqualTo("rwx------");
        }
        assertThat(host.providers().find(ProviderFamily.SANDBOX, "box", FakeProvider.class)).containsSame(box);
        assertThat(host.providers().find(ProviderFamily.SANDBOX, "box", String.class)).isEmpty();
        assertThat(host.scheduler().submit(() -> 42).get()).isEqualTo(42);
        assertThat(host.threadFactory().newThread(() -> { }).getName()).startsWith("donmai-sandbox-box-");

        host.publish(new ProviderHookEvent.FamilyEvent("hk_custom", TestRegistries.NOW, BOX,
                FamilyEventKind.SANDBOX_COST, Map.of("usd", 0.5)));
        assertThat(hooks.events(ProviderHookEvent.FamilyEvent.class)).extracting(ProviderHookEvent::eventId)
                .containsExactly("hk_custom");

        registry.deactivate(BOX);
        assertThat(host.providers().find(ProviderFamily.SANDBOX, "box", FakeProvider.class)).isEmpty();
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        FakeProviderFactory factory = FakeProviderFactory.sandbox("box");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.addListener(event -> {
            throw new IllegalStateException("faulty listener");
        });
        registry.addListener(hooks);
        registry.register(factory);
        registry.load();

        registry.activate(BOX);

        assertThat(kinds()).containsExactly("pre-activate", "post-activate");
    }

    @Test
    void closeDeactivatesEveryActiveProviderOnce() {
        FakeProvider box = loadOne(FakeProviderFactory.sandbox("box"));
        registry.activate(BOX);

        registry.close();
        registry.close();

        assertThat(box.deactivations()).isEqualTo(1);
        assertThat(box.active()).isFalse();
        assertThatThrownBy(() -> registry.activate(BOX)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registeringAfterLoadIsRefused() {
        loadOne(FakeProviderFactory.sandbox("box"));

        assertThatThrownBy(() -> registry.register(FakeProviderFactory.sandbox("late")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(registry::load).isInstanceOf(IllegalStateException.class);
    }
}
