package dev.donmai.contracts.registry;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void capabilities() {
        assertLabelsCoverComponents(AgentRegistryCapabilities.class);
        AgentRegistryCapabilities caps = new AgentRegistryCapabilities(EnumSet.of(AgentSource.LOCAL_YAML), true);
        assertThat(caps.family()).isEqualTo(ProviderFamily.AGENT_REGISTRY);
        assertInvalid(() -> new AgentRegistryCapabilities(Set.of(), false), "sources");
    }

    @Test
    void sourceWireSpellings() {
        assertThat(wires(AgentSource.class)).containsExactly("local-yaml", "git-ref", "langchain",
                "openai-assistant", "a2a");
    }

    @Test
    void refsAndDescriptors() {
        assertThat(AgentRef.latest("reviewer").pinned()).isFalse();
        assertThat(new AgentRef("reviewer", "1.2.0").pinned()).isTrue();
        assertInvalid(() -> AgentRef.latest("../reviewer"), "name");
        AgentDescriptor descriptor = new AgentDescriptor("reviewer", "1.2.0", null, AgentSource.GIT_REF,
                "https://github.com/acme/agents@v1", "claude", List.of("review"), Map.of());
        assertThat(descriptor.ref()).isEqualTo(new AgentRef("reviewer", "1.2.0"));
        assertInvalid(() -> new AgentDescriptor("reviewer", "1", null, AgentSource.GIT_REF,
                "https://user:pw@github.com/acme/agents", null, List.of(), Map.of()), "location");
        assertInvalid(() -> new AgentQuery(null, Set.of(), 0), "limit");
        assertThat(AgentQuery.all().sources()).isEmpty();
    }
}
