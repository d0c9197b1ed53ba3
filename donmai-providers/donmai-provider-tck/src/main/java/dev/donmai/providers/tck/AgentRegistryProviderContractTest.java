package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.registry.AgentDescriptor;
import dev.donmai.contracts.registry.AgentQuery;
import dev.donmai.contracts.registry.AgentRef;
import dev.donmai.contracts.registry.AgentRegistryCapabilities;
import dev.donmai.contracts.registry.AgentRegistryProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code agent-registry} family (contracts.md §6, §3.6), on top of the base checks:
 * an unknown agent is an empty result, not an exception. Checks that need a listed agent are skipped when the
 * registry is empty.
 *
 * @param <P> the provider type
 */
public abstract class AgentRegistryProviderContractTest<P extends AgentRegistryProvider>
        extends ProviderContractTest<P, AgentRegistryCapabilities> {

    @Override
    protected Class<?> familyType() {
        return AgentRegistryProvider.class;
    }

    /** The scope target agents are resolved for; global by default. */
    protected ScopeTarget target() {
        return ScopeTarget.global();
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.list(AgentQuery.all(), verbTimeout());
    }

    @Test
    @DisplayName("[3.6] list honours the limit, orders by name then version, and names only declared sources")
    void listIsOrderedAndBounded() {
        P provider = activeProvider();
        List<AgentDescriptor> all = list(provider, AgentQuery.all());
        assertThat(all).as("list order").isSortedAccordingTo(
                Comparator.comparing(AgentDescriptor::name).thenComparing(AgentDescriptor::version));
        assertThat(all).extracting(AgentDescriptor::source).as("sources")
                .allMatch(provider.capabilities().sources()::contains);
        assertThat(list(provider, new AgentQuery(null, Set.of(), 1))).as("list with limit 1").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("[3.6] an unknown agent resolves to empty, not an exception")
    void unknownAgentIsEmpty() {
        P provider = activeProvider();
        assertThat(resolve(provider, AgentRef.latest("tck-no-such-agent"))).as("resolve unknown").isEmpty();
    }

    @Test
    @DisplayName("[3.6] a listed agent resolves by name; a pinned version resolves iff pinning is supported")
    void listedAgentResolves() {
        P provider = activeProvider();
        List<AgentDescriptor> all = list(provider, AgentQuery.all());
        assumeTrue(!all.isEmpty(), "the registry lists no agent");
        AgentDescriptor first = all.get(0);
        assertThat(resolve(provider, AgentRef.latest(first.name()))).as("resolve latest")
                .get().extracting(AgentDescriptor::name).isEqualTo(first.name());
        AgentRef pinned = new AgentRef(first.name(), first.version());
        if (provider.capabilities().supportsVersionPinning()) {
            assertThat(resolve(provider, pinned)).as("resolve pinned").contains(first);
        } else {
            VerbCalls.expect(ProviderException.Unsupported.class, "resolve", verbTimeout(),
                    () -> provider.resolve(pinned, target(), verbTimeout()));
        }
    }

    /** Lists through {@link VerbCalls}. */
    protected final List<AgentDescriptor> list(P provider, AgentQuery query) {
        List<AgentDescriptor> agents = VerbCalls.call("list", verbTimeout(), () -> provider.list(query, verbTimeout()));
        assertThat(agents).as("list result").isNotNull();
        assertThat(agents.size()).as("size within the limit").isLessThanOrEqualTo(query.limit());
        return agents;
    }

    /** Resolves through {@link VerbCalls}. */
    protected final Optional<AgentDescriptor> resolve(P provider, AgentRef ref) {
        Optional<AgentDescriptor> agent = VerbCalls.call("resolve", verbTimeout(),
                () -> provider.resolve(ref, target(), verbTimeout()));
        assertThat(agent).as("resolve result").isNotNull();
        return agent;
    }
}
