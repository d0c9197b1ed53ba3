package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.tck.TckGitFixture;
import dev.donmai.providers.tck.TckHost;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without {@code stateHome} (a registry that configures nothing) the provider works under its data directory. */
class DefaultStateHomeTest {

    @Test
    void worksUnderTheHostDataDirectory() {
        Duration t = Duration.ofSeconds(60);
        try (TckGitFixture git = TckGitFixture.create()) {
            var source = git.initWithCommit("src", Map.of("a.txt", "a\n"));
            GitWorkareaProvider provider = new GitWorkareaProviderFactory().create(ProviderConfig.empty());
            try (TckHost host = TckHost.forProvider(provider)) {
                provider.activate(host, t);
                assertThat(provider.stateHome()).contains(host.dataDir().toAbsolutePath().normalize());
                Workarea w = provider.acquire(WorkareaSpec.exclusive(SessionKey.local("default-home"),
                        ScopeTarget.global(), WorkareaSource.of(source.uri(), "main")), t);
                assertThat(w.path()).isEqualTo(host.dataDir().toAbsolutePath().normalize()
                        .resolve("worktrees/default-home"));
                provider.release(w, ReleaseMode.DESTROY, t);
                provider.deactivate(t);
            }
        }
    }
}
