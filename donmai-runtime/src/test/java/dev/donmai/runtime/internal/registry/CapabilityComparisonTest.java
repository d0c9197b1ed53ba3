package dev.donmai.runtime.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.runtime.fakes.FakeCapabilities;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityComparisonTest {

    /** Every kind of component the comparison knows, plus ones it deliberately leaves alone. */
    record Caps(boolean flag, Integer max, double ratio, List<String> tools, Map<String, String> toolchains,
            Optional<Long> optionalLimit, Os os, String label) implements Capabilities {
        @Override
        public ProviderFamily family() {
            return ProviderFamily.WORKAREA;
        }
    }

    private static final Caps DECLARED = new Caps(true, 10, 0.5, List.of("a", "b"), Map.of("java", "17"),
            Optional.of(5L), Os.LINUX, "x");

    @Test
    void equalCapabilitiesAreNotBelow() {
        assertThat(CapabilityComparison.belowDeclared(DECLARED, DECLARED)).isEmpty();
    }

    @Test
    void eachKindOfShortfallIsNamed() {
        Caps observed = new Caps(false, 9, 0.25, List.of("b"), Map.of("java", "21"), Optional.of(4L), Os.LINUX, "x");

        assertThat(CapabilityComparison.belowDeclared(DECLARED, observed))
                .containsExactly("flag", "max", "ratio", "tools", "toolchains", "optionalLimit");
    }

    @Test
    void moreThanDeclaredIsFine() {
        Caps observed = new Caps(true, 20, 0.9, List.of("c", "b", "a"), Map.of("java", "17", "node", "20"),
                Optional.of(6L), Os.LINUX, "x");

        assertThat(CapabilityComparison.belowDeclared(DECLARED, observed)).isEmpty();
    }

    @Test
    void aDeclaredValueObservedAsUnknownIsBelowButAnUnknownDeclarationPromisesNothing() {
        Caps unknownObserved = new Caps(true, null, 0.5, List.of("a", "b"), Map.of("java", "17"), Optional.empty(),
                Os.LINUX, "x");
        Caps unknownDeclared = new Caps(true, null, 0.5, List.of("a", "b"), Map.of("java", "17"), Optional.empty(),
                Os.LINUX, "x");

        assertThat(CapabilityComparison.belowDeclared(DECLARED, unknownObserved)).containsExactly("max", "optionalLimit");
        assertThat(CapabilityComparison.belowDeclared(unknownDeclared, DECLARED)).isEmpty();
    }

    @Test
    void descriptiveComponentsAreNotRanked() {
        Caps observed = new Caps(true, 10, 0.5, List.of("a", "b"), Map.of("java", "17"), Optional.of(5L), Os.MACOS, "y");

        assertThat(CapabilityComparison.belowDeclared(DECLARED, observed)).isEmpty();
    }

    @Test
    void missingOrForeignObservedCapabilitiesAreBelowAsAWhole() {
        assertThat(CapabilityComparison.belowDeclared(DECLARED, null)).containsExactly("capabilities");
        assertThat(CapabilityComparison.belowDeclared(DECLARED, FakeCapabilities.sandbox())).containsExactly("capabilities");
    }
}
