package dev.donmai.runtime.internal.daemon.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state.db survives a SIGKILL of the process writing it: what was committed is there, what was open is not. */
class StateStoreCrashTest {

    @TempDir
    Path home;

    @Test
    void aKilledWriterLosesOnlyItsUncommittedTransaction() throws Exception {
        Path db = home.resolve("state.db");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                StateStoreCrashChild.class.getName(), db.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the child got ready").isEqualTo("ready");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        try (StateStore store = StateStore.open(db)) {
            assertThat(store.session("committed")).get().satisfies(s -> {
                assertThat(s.handle().state()).isEqualTo(SessionState.ACCEPTED);
                assertThat(s.stopMode()).contains(FailureMode.OPERATOR_CANCELLED);
            });
            assertThat(store.pendingOutbox(10)).isEmpty();
            assertThat(store.journalMode()).isEqualTo("wal");
        }
    }
}
