package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapabilityOrderTest {

    record Caps(boolean supportsX, boolean needsY, Integer maxZ, Set<String> regions, Map<String, List<String>> tools,
            String mode) implements Capabilities {
        @Override
        public ProviderFamily family() {
            return ProviderFamily.SANDBOX;
        }
    }

    private static final Caps DECLARED = new Caps(true, false, 4, Set.of("eu", "us"), Map.of("java", List.of("17",
            "21")), "a");

    @Test
    void equalOrLowerIsNotAbove() {
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, DECLARED)).isEmpty();
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(false, false, 2, Set.of("eu"),
                Map.of("java", List.of("17")), "a"))).isEmpty();
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, false, null, Set.of(), Map.of(), "a")))
                .as("a known limit may become unknown (less headroom)").isEmpty();
    }

    @Test
    void moreThanDeclaredIsAbove() {
        Caps flagOn = new Caps(true, false, 4, Set.of("eu", "us"), DECLARED.tools(), "a");
        assertThat(CapabilityOrder.aboveDeclared(new Caps(false, false, 4, Set.of("eu", "us"), DECLARED.tools(), "a"),
                flagOn)).containsExactly("supportsX: declared false, observed true");
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, false, 5, DECLARED.regions(),
                DECLARED.tools(), "a"))).singleElement().asString().startsWith("maxZ");
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, false, 4, Set.of("eu", "ap"),
                DECLARED.tools(), "a"))).singleElement().asString().startsWith("regions");
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, false, 4, DECLARED.regions(),
                Map.of("java", List.of("8")), "a"))).singleElement().asString().startsWith("tools");
    }

    @Test
    void unorderedComponentsMustStayEqual() {
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, true, 4, DECLARED.regions(),
                DECLARED.tools(), "a"))).singleElement().asString().startsWith("needsY");
        assertThat(CapabilityOrder.aboveDeclared(DECLARED, new Caps(true, false, 4, DECLARED.regions(),
                DECLARED.tools(), "b"))).singleElement().asString().startsWith("mode");
    }

    @Test
    void anUnknownLimitNeverBecomesHeadroomAndWildcardsAllowAnything() {
        Caps unknown = new Caps(true, false, null, Set.of("*"), Map.of(), "a");
        assertThat(CapabilityOrder.aboveDeclared(unknown, new Caps(true, false, 8, Set.of("*"), Map.of(), "a")))
                .singleElement().asString().startsWith("maxZ");
        assertThat(CapabilityOrder.aboveDeclared(unknown, new Caps(true, false, null, Set.of("mars"), Map.of(), "a")))
                .isEmpty();
    }
}
