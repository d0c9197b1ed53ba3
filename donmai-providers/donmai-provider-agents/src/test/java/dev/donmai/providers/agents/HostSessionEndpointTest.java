package dev.donmai.providers.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.providers.tck.TckHost;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSessionEndpointTest {

    private final HostSessionEndpoint endpoint = new HostSessionEndpointFactory().create(ProviderConfig.empty());
    private final TckHost host = TckHost.forProvider(endpoint);

    HostSessionEndpointTest() {
        endpoint.activate(host, Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        endpoint.deactivate(Duration.ofSeconds(1));
        host.close();
    }

    @Test
    void claudeOnItsOwnLogin() {
        EndpointBinding binding = endpoint.resolve(request("anthropic", AuthMode.HOST_SESSION,
                ClaudeHarness.CAPABILITIES.drives(), ClaudeHarness.CAPABILITIES.drivesHosts()));
        assertThat(binding).isEqualTo(new EndpointBinding("anthropic", "m", null, WireProtocol.ANTHROPIC_MESSAGES,
                ServingHost.OAUTH_CLI, AuthMode.HOST_SESSION, CostModel.SUBSCRIPTION, true, List.of()));
    }

    @Test
    void theCompanysOwnProtocolWinsWhenTheHarnessDrivesSeveral() {
        EndpointBinding openai = endpoint.resolve(request("openai", AuthMode.HOST_SESSION,
                OpencodeHarness.CAPABILITIES.drives(), OpencodeHarness.CAPABILITIES.drivesHosts()));
        assertThat(openai.protocol()).isEqualTo(WireProtocol.OPENAI_RESPONSES);
        EndpointBinding other = endpoint.resolve(request("mistral", AuthMode.LOCAL,
                OpencodeHarness.CAPABILITIES.drives(), OpencodeHarness.CAPABILITIES.drivesHosts()));
        assertThat(other.protocol()).isEqualTo(WireProtocol.ANTHROPIC_MESSAGES);
        assertThat(other.costModel()).isEqualTo(CostModel.FREE);
    }

    @Test
    void unservedRequestsAreUnsupported() {
        assertThatThrownBy(() -> endpoint.resolve(request("anthropic", AuthMode.BYOK,
                ClaudeHarness.CAPABILITIES.drives(), ClaudeHarness.CAPABILITIES.drivesHosts())))
                .isInstanceOf(ProviderException.Unsupported.class);
        assertThatThrownBy(() -> endpoint.resolve(request("anthropic", AuthMode.HOST_SESSION,
                ClaudeHarness.CAPABILITIES.drives(), Set.of(ServingHost.DIRECT))))
                .isInstanceOf(ProviderException.Unsupported.class);
        EndpointRequest pinned = new EndpointRequest("anthropic", "m", AuthMode.HOST_SESSION, ServingHost.VERTEX,
                ClaudeHarness.CAPABILITIES.drives(), ClaudeHarness.CAPABILITIES.drivesHosts(), null);
        assertThatThrownBy(() -> endpoint.resolve(pinned)).isInstanceOf(ProviderException.Unsupported.class);
    }

    @Test
    void aLocalServerUrlIsCarried() {
        EndpointRequest request = new EndpointRequest("ollama", "qwen3", AuthMode.LOCAL, null,
                OpencodeHarness.CAPABILITIES.drives(), OpencodeHarness.CAPABILITIES.drivesHosts(),
                "http://localhost:11434/v1");
        assertThat(endpoint.resolve(request).baseUrl()).isEqualTo("http://localhost:11434/v1");
    }

    private static EndpointRequest request(String company, AuthMode mode, Set<WireProtocol> drives,
            Set<ServingHost> hosts) {
        return new EndpointRequest(company, "m", mode, null, new LinkedHashSet<>(drives), hosts, null);
    }
}
