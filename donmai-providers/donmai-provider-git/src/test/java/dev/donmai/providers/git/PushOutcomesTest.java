package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.vcs.PushRejectReason;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.runtime.spi.git.GitResult;
import org.junit.jupiter.api.Test;

class PushOutcomesTest {

    private static PushRejectReason reason(String stdout, String stderr) {
        return PushOutcomes.rejection(new GitResult(1, stdout, stderr)).map(PushResult.Rejected::reason).orElse(null);
    }

    @Test
    void readsPorcelainAndStderr() {
        assertThat(reason("To /r\n!\tHEAD:refs/heads/main\t[rejected] (fetch first)\nDone\n", ""))
                .isEqualTo(PushRejectReason.NON_FAST_FORWARD);
        assertThat(reason("!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)\n", ""))
                .isEqualTo(PushRejectReason.NON_FAST_FORWARD);
        assertThat(reason("!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)\n", ""))
                .isEqualTo(PushRejectReason.POLICY);
        assertThat(reason("", "fatal: Authentication failed for 'https://h/x'")).isEqualTo(PushRejectReason.AUTH);
        assertThat(reason("", "fatal: could not read Username for 'https://h': terminal prompts disabled"))
                .isEqualTo(PushRejectReason.AUTH);
        assertThat(reason("", "fatal: unable to access 'https://h/x/': The requested URL returned error: 403"))
                .isEqualTo(PushRejectReason.AUTH);
        assertThat(reason("", "fatal: unable to access 'https://h/': Could not resolve host: h")).isNull();
    }
}
