package dev.donmai.contracts.model;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static dev.donmai.contracts.ContractAssertions.assertWireRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.ProviderFamily;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointCellsTest {

    private static final WireProtocol OPENAI = WireProtocol.OPENAI_CHAT_COMPLETIONS;
    private static final WireProtocol ANTHROPIC = WireProtocol.ANTHROPIC_MESSAGES;

    private static final ModelEndpointCapabilities CAPS = new ModelEndpointCapabilities("anthropic",
            Set.of(ANTHROPIC), Set.of(ServingHost.DIRECT, ServingHost.VERTEX), Set.of(AuthMode.BYOK, AuthMode.METERED),
            List.of("*"), CostModel.PER_TOKEN, false);

    private static final EndpointRequest REQUEST = new EndpointRequest("anthropic", "claude-sonnet", AuthMode.BYOK,
            null, Set.of(ANTHROPIC, OPENAI), Set.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI), null);

    private static EndpointBinding cell(WireProtocol protocol, ServingHost host, AuthMode mode) {
        return new EndpointBinding("anthropic", "claude-sonnet", null, protocol, host, mode, CostModel.PER_TOKEN,
                false, List.of());
    }

    @Test
    void aCellIsValidIffProtocolHostAndAuthModeFit() {
        assertThat(EndpointCells.isValid(cell(ANTHROPIC, ServingHost.DIRECT, AuthMode.BYOK), REQUEST, CAPS)).isTrue();
        // protocol the harness drives but the endpoint does not serve
        assertThat(EndpointCells.firstViolation(cell(OPENAI, ServingHost.DIRECT, AuthMode.BYOK), REQUEST, CAPS))
                .contains("protocol");
        // host the endpoint serves but the harness cannot use
        assertThat(EndpointCells.firstViolation(cell(ANTHROPIC, ServingHost.VERTEX, AuthMode.BYOK), REQUEST, CAPS))
                .contains("host");
        // auth mode the endpoint does not support
        assertThat(EndpointCells.firstViolation(cell(ANTHROPIC, ServingHost.DIRECT, AuthMode.LOCAL), REQUEST, CAPS))
                .contains("authMode");
        assertViolation(() -> EndpointCells.requireValid(cell(ANTHROPIC, ServingHost.OAUTH_CLI, AuthMode.METERED),
                REQUEST, new ModelEndpointCapabilities("anthropic", Set.of(OPENAI), Set.of(), Set.of(AuthMode.BYOK),
                        List.of("*"), CostModel.UNKNOWN, false)), ViolationCode.INVALID_VALUE, "protocol");
    }

    @Test
    void commonProtocolsIsTheIntersection() {
        assertThat(EndpointCells.commonProtocols(REQUEST, CAPS)).containsExactly(ANTHROPIC);
        EndpointRequest openAiOnly = new EndpointRequest("anthropic", "m", AuthMode.BYOK, null, Set.of(OPENAI),
                Set.of(), null);
        assertThat(EndpointCells.commonProtocols(openAiOnly, CAPS)).isEmpty();
    }

    @Test
    void openValuesAcceptKebabNamesOnly() {
        assertThat(WireProtocol.of("anthropic-messages")).isEqualTo(ANTHROPIC);
        assertThat(ServingHost.of("oauth-cli")).isEqualTo(ServingHost.OAUTH_CLI);
        assertThat(ServingHost.VERTEX.wire()).isEqualTo("vertex");
        assertThat(WireProtocol.of("my-own.protocol_v2").wire()).isEqualTo("my-own.protocol_v2");
        assertViolation(() -> WireProtocol.of("Anthropic Messages"), ViolationCode.INVALID_VALUE, "wireProtocol");
        assertViolation(() -> ServingHost.of(""), ViolationCode.INVALID_VALUE, "servingHost");
        assertViolation(() -> ServingHost.of(null), ViolationCode.MISSING_REQUIRED_FIELD, "servingHost");
    }

    @Test
    void costModelRoundTrips() {
        assertWireRoundTrip(CostModel.class, CostModel::fromWire);
        assertThat(CostModel.values()).extracting(CostModel::wire)
                .containsExactly("per-token", "subscription", "free", "unknown");
        assertThat(AuthMode.HOST_SESSION.wire()).isEqualTo("host-session");
    }

    @Test
    void capabilitiesDescribeTheModelEndpointFamily() {
        assertThat(CAPS.family()).isSameAs(ProviderFamily.MODEL_ENDPOINT);
        assertThat(CAPS.servesModel("anything")).isTrue();
        ModelEndpointCapabilities listed = new ModelEndpointCapabilities("anthropic", Set.of(ANTHROPIC), null,
                Set.of(AuthMode.BYOK), List.of("claude-sonnet"), CostModel.PER_TOKEN, true);
        assertThat(listed.servesModel("claude-sonnet")).isTrue();
        assertThat(listed.servesModel("claude-haiku")).isFalse();
        assertThat(listed.servingHosts()).isEmpty();
        assertViolation(() -> new ModelEndpointCapabilities("anthropic", Set.of(), Set.of(), Set.of(AuthMode.BYOK),
                List.of(), CostModel.FREE, false), ViolationCode.INVALID_VALUE, "protocols");
        assertViolation(() -> new ModelEndpointCapabilities("anthropic", Set.of(ANTHROPIC), Set.of(), Set.of(),
                List.of(), CostModel.FREE, false), ViolationCode.INVALID_VALUE, "authModes");
    }

    @Test
    void labelsNameEveryComponent() {
        assertThat(ModelEndpointCapabilities.LABELS.keySet()).containsExactlyElementsOf(
                Arrays.stream(ModelEndpointCapabilities.class.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
    }
}
