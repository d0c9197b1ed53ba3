package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeSelector;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import dev.donmai.runtime.fakes.RecordingHookListener;
import dev.donmai.runtime.fakes.TestRegistries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scope rules 1–5 of contracts.md §2.1, through the public registry. */
class ScopeResolutionTest {

    private static final ProviderFamily SANDBOX = ProviderFamily.SANDBOX;

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

    private ProviderRegistry load(RegistryConfig config, FakeProviderFactory... factories) {
        registry = ProviderRegistry.create(config);
        registry.addListener(hooks);
        for (FakeProviderFactory factory : factories) {
            registry.register(factory);
        }
        registry.load();
        return registry;
    }

    private static ProviderConfig scoped(ScopeLevel level, ScopeSelector selector) {
        return new ProviderConfig(new ProviderScope(level, selector), Map.of(), Map.of());
    }

    private static List<String> levels(Resolution resolution) {
        return resolution.candidates().stream().map(r -> r.id() + "@" + r.level().wire()).toList();
    }

    // Rule 1

    @Test
    void scopeAboveGlobalWithoutSelectorIsInvalid() {
        assertThatThrownBy(() -> new ProviderScope(ScopeLevel.TENANT, null))
                .isInstanceOf(ProviderException.InvalidScope.class);
    }

    @Test
    void scopeWithoutAMatcherForItsOwnLevelIsInvalid() {
        assertThatThrownBy(() -> new ProviderScope(ScopeLevel.PROJECT, ScopeSelector.empty().withOrg("eng")))
                .isInstanceOf(ProviderException.InvalidScope.class);
    }

    @Test
    void factoryRejectingItsScopeFailsTheLoad() {
        FakeProviderFactory invalid = FakeProviderFactory.sandbox("broken").shaping(p -> {
            throw new ProviderException.InvalidScope("org scope without an org matcher");
        });
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.register(invalid);

        assertThatThrownBy(registry::load).isInstanceOf(ProviderException.InvalidScope.class);
        assertThat(registry.providers()).isEmpty();
    }

    // Rule 2

    @Test
    void matchersAreAndedAcrossOredWithinAndExcludedPathsExclude() {
        ScopeSelector selector = ScopeSelector.empty()
                .withOrg("acme", "globex")
                .withProject("web")
                .withExcludePaths("secrets/**");
        load(TestRegistries.config(stateHome)
                        .providerConfig(SANDBOX, "scoped", scoped(ScopeLevel.PROJECT, selector))
                        .build(),
                FakeProviderFactory.sandbox("fallback"), FakeProviderFactory.sandbox("scoped"));

        assertThat(registry.resolve(SANDBOX, ScopeTarget.of(null, "acme", "web")).chosen().id()).isEqualTo("scoped");
        assertThat(registry.resolve(SANDBOX, ScopeTarget.of(null, "globex", "web")).chosen().id()).isEqualTo("scoped");
        assertThat(registry.resolve(SANDBOX, ScopeTarget.of(null, "initech", "web")).chosen().id()).isEqualTo("fallback");
        assertThat(registry.resolve(SANDBOX, ScopeTarget.of(null, "acme", "api")).chosen().id()).isEqualTo("fallback");
        ScopeTarget touchingSecrets = new ScopeTarget(null, "acme", "web", List.of("src/A.java", "secrets/key.pem"),
                List.of(), List.of());
        Resolution excluded = registry.resolve(SANDBOX, touchingSecrets);
        assertThat(excluded.chosen().id()).isEqualTo("fallback");
        assertThat(excluded.rejected()).extracting(r -> r.provider().id() + ": " + r.reason())
                .containsExactly("scoped: scope does not match the target");
    }

    // Rule 3

    @Test
    void higherLevelWins() {
        load(TestRegistries.config(stateHome)
                        .providerConfig(SANDBOX, "box",
                                ProviderConfig.empty(),
                                scoped(ScopeLevel.TENANT, ScopeSelector.empty().withTenant("t1")),
                                scoped(ScopeLevel.PROJECT, ScopeSelector.empty().withProject("web")),
                                scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("acme")))
                        .build(),
                FakeProviderFactory.sandbox("box"));

        Resolution resolution = registry.resolve(SANDBOX, "box", ScopeTarget.of("t1", "acme", "web"));

        assertThat(levels(resolution)).containsExactly("box@project", "box@org", "box@tenant", "box@global");
        assertThat(levels(registry.resolve(SANDBOX, "box", ScopeTarget.of("t2", "acme", "api"))))
                .containsExactly("box@org", "box@global");
    }

    @Test
    void withinALevelExactBeatsGlob() {
        load(TestRegistries.config(stateHome)
                        .providerConfig(SANDBOX, "globbed", scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("ac*")))
                        .providerConfig(SANDBOX, "exact", scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("acme")))
                        .build(),
                FakeProviderFactory.sandbox("globbed"), FakeProviderFactory.sandbox("exact"));

        assertThat(levels(registry.resolve(SANDBOX, ScopeTarget.of(null, "acme", null))))
                .containsExactly("exact@org", "globbed@org");
    }

    @Test
    void tiesKeepDiscoveryOrder() {
        load(TestRegistries.config(stateHome).build(),
                FakeProviderFactory.sandbox("second-letter-b"), FakeProviderFactory.sandbox("first-letter-a"));

        assertThat(levels(registry.resolve(SANDBOX, ScopeTarget.global())))
                .containsExactly("second-letter-b@global", "first-letter-a@global");
    }

    @Test
    void resolutionByFamilyIgnoresOtherFamilies() {
        FakeProviderFactory vcs = new FakeProviderFactory(
                ProviderManifest.builder("git", "1.0.0", new FakeCapabilities(ProviderFamily.VCS, true, 1, Set.of()))
                        .factory(FakeProviderFactory.class)
                        .build(),
                p -> p);
        load(TestRegistries.config(stateHome).build(), vcs, FakeProviderFactory.sandbox("local"));

        assertThat(registry.resolve(SANDBOX, ScopeTarget.global()).candidates()).extracting(ProviderRef::id)
                .containsExactly("local");
        assertThat(registry.resolve(ProviderFamily.VCS, ScopeTarget.global()).chosen().id()).isEqualTo("git");
    }

    @Test
    void noMatchingProviderIsNoProvider() {
        load(TestRegistries.config(stateHome)
                        .providerConfig(SANDBOX, "box", scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("acme")))
                        .build(),
                FakeProviderFactory.sandbox("box"));

        assertThatThrownBy(() -> registry.resolve(SANDBOX, "box", ScopeTarget.of(null, "globex", null)))
                .isInstanceOf(ProviderException.NoProvider.class);
        assertThatThrownBy(() -> registry.resolve(SANDBOX, "other", ScopeTarget.of(null, "acme", null)))
                .isInstanceOf(ProviderException.NoProvider.class);
        assertThatThrownBy(() -> registry.resolve(ProviderFamily.VCS, ScopeTarget.global()))
                .isInstanceOf(ProviderException.NoProvider.class);
        assertThat(hooks.events(ProviderHookEvent.ScopeResolved.class)).isEmpty();
    }

    // Rule 4

    @Test
    void sameFamilyIdAndLevelIsAScopeConflictAndNothingActivates() {
        FakeProviderFactory first = FakeProviderFactory.sandbox("box");
        FakeProviderFactory second = FakeProviderFactory.sandbox("box");
        FakeProviderFactory bystander = FakeProviderFactory.sandbox("other");
        registry = ProviderRegistry.create(TestRegistries.config(stateHome).build());
        registry.register(bystander);
        registry.register(first);
        registry.register(second);

        assertThatThrownBy(registry::load)
                .isInstanceOfSatisfying(ProviderException.ScopeConflict.class, conflict -> {
                    assertThat(conflict.family()).isEqualTo(SANDBOX);
                    assertThat(conflict.id()).isEqualTo("box");
                    assertThat(conflict.level()).isEqualTo(ScopeLevel.GLOBAL);
                });
        assertThat(registry.providers()).isEmpty();
        assertThat(List.of(first.only(), second.only(), bystander.only())).extracting(FakeProvider::activations)
                .containsOnly(0);
        assertThatThrownBy(() -> registry.resolve(SANDBOX, ScopeTarget.global()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sameIdAtTheSameLevelThroughConfigurationIsAScopeConflict() {
        registry = ProviderRegistry.create(TestRegistries.config(stateHome)
                .providerConfig(SANDBOX, "box",
                        scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("acme")),
                        scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("globex")))
                .build());
        registry.register(FakeProviderFactory.sandbox("box"));

        assertThatThrownBy(registry::load).isInstanceOf(ProviderException.ScopeConflict.class);
    }

    // Rule 5

    @Test
    void resolutionEmitsScopeResolvedWithChosenAndRejected() {
        load(TestRegistries.config(stateHome)
                        .providerConfig(SANDBOX, "box",
                                ProviderConfig.empty(),
                                scoped(ScopeLevel.ORG, ScopeSelector.empty().withOrg("acme")),
                                scoped(ScopeLevel.PROJECT, ScopeSelector.empty().withProject("api")))
                        .build(),
                FakeProviderFactory.sandbox("box"));

        Resolution resolution = registry.resolve(SANDBOX, "box", ScopeTarget.of(null, "acme", "web"));

        List<ProviderHookEvent.ScopeResolved> events = hooks.events(ProviderHookEvent.ScopeResolved.class);
        assertThat(events).hasSize(1);
        ProviderHookEvent.ScopeResolved event = events.get(0);
        assertThat(event.provider()).isEqualTo(resolution.chosen());
        assertThat(event.provider().level()).isEqualTo(ScopeLevel.ORG);
        assertThat(event.eventId()).startsWith("hk_");
        assertThat(event.at()).isEqualTo(TestRegistries.NOW);
        assertThat(event.kind()).isEqualTo("scope-resolved");
        assertThat(event.rejected()).extracting(r -> r.provider().level().wire() + ": " + r.reason())
                .containsExactly(
                        "global: outranked by " + resolution.chosen(),
                        "project: scope does not match the target");
        assertThat(event.rejected()).isEqualTo(resolution.rejected());
    }

    @Test
    void everyEventHasItsOwnId() {
        load(TestRegistries.config(stateHome).build(), FakeProviderFactory.sandbox("box"));

        registry.resolve(SANDBOX, ScopeTarget.global());
        registry.resolve(SANDBOX, ScopeTarget.global());

        assertThat(hooks.events()).extracting(ProviderHookEvent::eventId).doesNotHaveDuplicates().hasSize(2);
    }
}
