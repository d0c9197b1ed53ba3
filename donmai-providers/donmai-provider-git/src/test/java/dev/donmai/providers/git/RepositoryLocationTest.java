package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryLocationTest {

    @TempDir
    Path dir;

    @Test
    void urlSpellingsOfOneRepositoryShareACanonicalFormAndKey() {
        RepositoryLocation a = RepositoryLocation.parse("https://GitHub.com/org/app.git");
        RepositoryLocation b = RepositoryLocation.parse("https://github.com:443/org/app/");
        RepositoryLocation c = RepositoryLocation.parse("https://github.com/org/app");
        assertThat(a.canonical()).isEqualTo("https://github.com/org/app");
        assertThat(b.canonical()).isEqualTo(a.canonical());
        assertThat(c.repoKey()).isEqualTo(a.repoKey()).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(a.fetchUrl()).as("fetched as given").isEqualTo("https://GitHub.com/org/app.git");
        assertThat(a.isLocal()).isFalse();
        assertThat(RepositoryLocation.parse("https://github.com/org/App").canonical()).as("path case kept")
                .endsWith("/org/App");
    }

    @Test
    void scpLikeBecomesSsh() {
        RepositoryLocation scp = RepositoryLocation.parse("git@github.com:org/app.git");
        assertThat(scp.canonical()).isEqualTo("ssh://git@github.com/org/app");
        assertThat(RepositoryLocation.parse("ssh://git@github.com:22/org/app.git").canonical())
                .isEqualTo(scp.canonical());
        assertThat(scp.fetchUrl()).isEqualTo("git@github.com:org/app.git");
    }

    @Test
    void localPathsAndFileUrlsAreAbsoluteRealPaths() throws Exception {
        Path repo = Files.createDirectory(dir.resolve("repo"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), repo);
        String real = repo.toRealPath().toString();
        assertThat(RepositoryLocation.parse(repo.toString()).canonical()).isEqualTo(real);
        assertThat(RepositoryLocation.parse(repo + "/").canonical()).isEqualTo(real);
        assertThat(RepositoryLocation.parse(link.toString()).canonical()).isEqualTo(real);
        assertThat(RepositoryLocation.parse(repo.toUri().toString()).canonical()).isEqualTo(real);
        assertThat(RepositoryLocation.parse(repo.toString()).isLocal()).isTrue();
        assertThat(RepositoryLocation.parse(repo.toString()).repoKey())
                .isEqualTo(RepositoryLocation.parse(link.toString()).repoKey());
    }

    @Test
    void aUrlWithoutHostIsInvalid() {
        assertThatThrownBy(() -> RepositoryLocation.parse("https:///nohost"))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }
}
