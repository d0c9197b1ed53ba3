package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No value of an environment variable named like a token or secret reaches {@code .agent/} files, the logs or the
 * result record, even when the harness prints it on stdout, stderr and in tool output (audit.md §2.2).
 */
class SessionEngineSecretsTest {

    private static final String GITHUB_TOKEN = "ghp_" + "Q".repeat(36);
    private static final String SERVICE_SECRET = "s3rv1ce-secret-value";
    private static final String ITEM_SECRET = "item-only-secret-777";

    @TempDir
    Path dir;

    private final List<String> logs = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logs) {
                logs.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private OssRuntime runtime;
    private Path repo;

    @BeforeEach
    void setUp() {
        Logger.getLogger("").addHandler(capture);
        Logger.getLogger("").setLevel(Level.ALL);
        repo = Repos.create(dir.resolve("repo"));
        runtime = new OssRuntime(dir.resolve("state"), Map.of("PATH", System.getenv("PATH"), "HOME",
                dir.resolve("home").toString(), "GITHUB_TOKEN", GITHUB_TOKEN, "SERVICE_SECRET", SERVICE_SECRET),
                b -> b);
        assumeTrue(runtime.has(ProviderFamily.AGENT_RUNTIME, "shell"), "the shell harness is not on the class path");
    }

    @AfterEach
    void tearDown() {
        runtime.close();
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(Level.INFO);
    }

    @Test
    void secretsPrintedByTheHarnessAreRedactedEverywhere() throws IOException {
        String script = "echo \"token $GITHUB_TOKEN secret $SERVICE_SECRET item $ITEM_SECRET\"; "
                + "echo \"password=$ITEM_SECRET $SERVICE_SECRET\" >&2; "
                + "printf '%s\\n' \"$GITHUB_TOKEN\" > .agent/turn-result.json; "
                + "echo 'WORK_RESULT:passed'";
        SessionSpec spec = SessionSpec.builder("e2e-secret").repository(repo.toString()).ref("main")
                .harness("shell").harnessOptions(Map.of("script", script))
                .env(Map.of("ITEM_SECRET", ITEM_SECRET)).title("leak").build();

        SessionResult result = runtime.engine.run(spec, SessionListener.NONE);

        assertThat(result.state()).isEqualTo(SessionState.COMPLETED);
        StringBuilder seen = new StringBuilder(new ObjectMapper().writeValueAsString(result.toWire()));
        try (Stream<Path> files = Files.walk(runtime.stateHome.resolve("workareas"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seen.append('\n').append(file).append('\n').append(Files.readString(file));
            }
        }
        synchronized (logs) {
            logs.forEach(line -> seen.append('\n').append(line));
        }
        assertThat(seen.toString()).doesNotContain(GITHUB_TOKEN, SERVICE_SECRET, ITEM_SECRET)
                .contains("[REDACTED:ITEM_SECRET]");
    }
}
