package dev.donmai.contracts.kit;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static dev.donmai.contracts.ContractAssertions.assertWireRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.session.SessionKey;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class KitContractTypesTest {

    @Test
    void kitOrderRoundTripsAndOrdersLayers() {
        assertWireRoundTrip(KitOrder.class, KitOrder::fromWire);
        assertThat(KitOrder.values()).extracting(KitOrder::wire).containsExactly("foundation", "framework", "project");
        assertThat(KitOrder.FOUNDATION).isLessThan(KitOrder.FRAMEWORK).isLessThan(KitOrder.PROJECT);
    }

    @Property
    void confidenceInsideTheUnitIntervalIsAccepted(@ForAll @DoubleRange(min = 0, max = 1) double confidence) {
        assertThat(new KitDetection(true, confidence, null, null).confidence()).isEqualTo(confidence);
    }

    @Property
    void confidenceOutsideTheUnitIntervalIsRejected(@ForAll double confidence) {
        if (confidence >= 0 && confidence <= 1) {
            return;
        }
        assertViolation(() -> new KitDetection(true, confidence, null, Map.of()), ViolationCode.INVALID_VALUE,
                "confidence");
    }

    @Test
    void confidenceEdges() {
        assertViolation(() -> new KitDetection(true, Double.NaN, null, Map.of()), ViolationCode.INVALID_VALUE,
                "confidence");
        assertViolation(() -> new KitDetection(true, Math.nextUp(1.0), null, Map.of()), ViolationCode.INVALID_VALUE,
                "confidence");
        assertViolation(() -> new KitDetection(true, -0.0001, null, Map.of()), ViolationCode.INVALID_VALUE,
                "confidence");
        assertThat(KitDetection.notApplicable("no pom.xml").applies()).isFalse();
    }

    @Test
    void capabilitiesGateOnPlatformAndTimeLimit() {
        KitCapabilities caps = new KitCapabilities(Set.of(Os.LINUX, Os.MACOS), Set.of(Arch.X86_64), KitOrder.FOUNDATION,
                10, false);
        assertThat(caps.family()).isSameAs(ProviderFamily.KIT);
        assertThat(caps.appliesTo(Os.LINUX, Arch.X86_64)).isTrue();
        assertThat(caps.appliesTo(Os.WINDOWS, Arch.X86_64)).isFalse();
        assertThat(caps.appliesTo(Os.LINUX, Arch.ARM64)).isFalse();
        assertThat(caps.detectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(new KitCapabilities(Set.of(Os.LINUX), Set.of(Arch.ARM64), KitOrder.PROJECT, 0, true)
                .detectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertViolation(() -> new KitCapabilities(Set.of(), Set.of(Arch.ARM64), KitOrder.PROJECT, 0, false),
                ViolationCode.INVALID_VALUE, "os");
        assertViolation(() -> new KitCapabilities(Set.of(Os.LINUX), Set.of(Arch.ARM64), null, 0, false),
                ViolationCode.MISSING_REQUIRED_FIELD, "order");
        assertThat(KitCapabilities.LABELS.keySet()).containsExactlyElementsOf(
                Arrays.stream(KitCapabilities.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void contributionCopiesAndValidates() {
        KitContribution contribution = new KitContribution(Map.of("test", "mvn -B test"), List.of("Use Maven."),
                List.of(McpServerSpec.stdio("java-lsp", "jdtls", List.of(), Map.of())), null, List.of("Bash(mvn:*)"));
        assertThat(contribution.skills()).isEmpty();
        assertThat(KitContribution.EMPTY.commands()).isEmpty();
        McpServerSpec dup = McpServerSpec.stdio("x", "a", List.of(), Map.of());
        assertViolation(() -> new KitContribution(null, null, List.of(dup, dup), null, null),
                ViolationCode.INVALID_VALUE, "mcpServers");
        assertViolation(() -> new KitContribution(null, null, null, List.of(""), null), ViolationCode.INVALID_VALUE,
                "skills");
    }

    @Test
    void contextNeedsAnAbsoluteRoot() {
        KitDetection detection = new KitDetection(true, 0.9, "pom.xml", Map.of("java", "17"));
        assertViolation(() -> new KitContext(SessionKey.local("s-1"), Path.of("rel"), Os.LINUX, Arch.X86_64,
                detection, Map.of()), ViolationCode.INVALID_VALUE, "root");
        assertThat(new KitContext(SessionKey.local("s-1"), Path.of("/w").toAbsolutePath(), Os.LINUX, Arch.X86_64,
                detection, null).toolchain()).isEmpty();
    }
}
