package dev.donmai.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.KitRequirement;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.provider.Stability;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestCanonicalizerTest {

    @Test
    void manifestBecomesSortedCompactJsonWithWireEnumsAndWithoutAbsentFields() {
        ProviderManifest<FakeCapabilities> manifest = ProviderManifest
                .builder("box", "1.2.3", new FakeCapabilities(ProviderFamily.SANDBOX, true, 4, Set.of("us", "eu")))
                .factory(FakeProviderFactory.class)
                .license("Apache-2.0")
                .stability(Stability.REGISTRATION_ONLY)
                .consumesKits(List.of(new KitRequirement("java", "1.0.0")))
                .build();

        assertThat(ManifestCanonicalizer.canonicalJson(manifest)).isEqualTo("{"
                + "\"apiVersion\":\"donmai.dev/v1\","
                + "\"capabilitiesDeclared\":{\"family\":\"sandbox\",\"fast\":true,\"regions\":[\"eu\",\"us\"],\"slots\":4},"
                + "\"consumesKits\":[{\"kitId\":\"java\",\"minVersion\":\"1.0.0\"}],"
                + "\"entry\":{\"factoryClass\":\"dev.donmai.runtime.fakes.FakeProviderFactory\"},"
                + "\"family\":\"sandbox\","
                + "\"id\":\"box\","
                + "\"license\":\"Apache-2.0\","
                + "\"name\":\"box\","
                + "\"requires\":{\"capabilities\":[],\"host\":\"*\"},"
                + "\"stability\":\"registration-only\","
                + "\"version\":\"1.2.3\"}");
    }

    @Test
    void setOrderDoesNotChangeTheHash() {
        Set<String> forward = new LinkedHashSet<>(List.of("a", "b", "c"));
        Set<String> backward = new LinkedHashSet<>(List.of("c", "b", "a"));

        assertThat(ManifestCanonicalizer.sha256Hex(manifestWithTags(forward)))
                .isEqualTo(ManifestCanonicalizer.sha256Hex(manifestWithTags(backward)));
    }

    @Test
    void hashIsTheSha256OfTheCanonicalBytes() throws Exception {
        ProviderManifest<FakeCapabilities> manifest = FakeProviderFactory.manifest("box").build();
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(ManifestCanonicalizer.canonicalJson(manifest).getBytes(StandardCharsets.UTF_8));

        assertThat(ManifestCanonicalizer.sha256Hex(manifest)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(ManifestCanonicalizer.canonicalBytes(manifest))
                .isEqualTo(ManifestCanonicalizer.canonicalJson(manifest).getBytes(StandardCharsets.UTF_8));
    }

    /** A capability record that (wrongly) carries a secret. */
    record LeakyCapabilities(Secret token) implements Capabilities {
        @Override
        public ProviderFamily family() {
            return ProviderFamily.SANDBOX;
        }
    }

    @Test
    void secretsAreRefused() {
        ProviderManifest<LeakyCapabilities> manifest = ProviderManifest
                .builder("box", "1.0.0", new LeakyCapabilities(Secret.of("hunter2")))
                .factory(FakeProviderFactory.class)
                .build();

        assertThatThrownBy(() -> ManifestCanonicalizer.canonicalJson(manifest))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.SECRET_MATERIAL_FORBIDDEN);
                    assertThat(e.field()).isEqualTo("capabilitiesDeclared.token");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    /** Keeps the set it is given, so iteration order is the caller's. */
    record TagCapabilities(Set<String> tags) implements Capabilities {
        @Override
        public ProviderFamily family() {
            return ProviderFamily.KIT;
        }
    }

    private static ProviderManifest<TagCapabilities> manifestWithTags(Set<String> tags) {
        return ProviderManifest.builder("kit", "1.0.0", new TagCapabilities(tags))
                .factory(FakeProviderFactory.class)
                .build();
    }
}
