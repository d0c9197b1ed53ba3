package dev.donmai.runtime.internal.daemon.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandleCodecTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Instant t = Instant.parse("2026-11-20T10:00:00.123Z");
        SessionHandle full = SessionHandle.builder("s-1", SessionState.TERMINATED, t).startedAt(t.plusSeconds(1))
                .endedAt(t.plusSeconds(2)).pid(4242L).projectId("p").projectName("Project").repository("repo")
                .canonicalRepository("https://example.invalid/r.git").ref("main").harness("stub").model("m")
                .workType("code").organizationId("org").worktreePath("/w/s-1").source(SessionSource.ORCHESTRATOR)
                .verdict(Verdict.BLOCKED).failureMode(FailureMode.NO_PROGRESS).exitCode(143).build();
        assertThat(HandleCodec.read(HandleCodec.json(HandleCodec.write(full)))).isEqualTo(full);
        SessionHandle bare = SessionHandle.accepted("s-2", t);
        assertThat(HandleCodec.read(HandleCodec.json(HandleCodec.write(bare)))).isEqualTo(bare);
    }
}
