package ai.rensei.cli.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.rensei.cli.CliEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code host logs -F}: last lines, then appends; truncation and rotation reopen; the stop signal ends it with 0. */
class LogsFollowTest {

    @TempDir
    Path dir;

    private final StopSignal stop = new StopSignal();
    private final StringWriter out = new StringWriter();
    private CompletableFuture<Integer> run;

    @AfterEach
    void stopFollowing() {
        stop.stop();
    }

    @Test
    void printsTheLastLinesThenAppendsUntilStopped() throws Exception {
        Path log = Files.writeString(dir.resolve("daemon.log"), "old 1\nold 2\nold 3\n");
        follow(log, "-n", "2");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().equals("old 2\nold 3\n"));

        append(log, "{\"time\":\"2026-06-02T14:00:00.000Z\",\"level\":\"info\",\"msg\":\"appended\"}\n");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().endsWith("2026-06-02T14:00:00 [INFO] appended\n"));

        append(log, "half a li");
        append(log, "ne\n");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().endsWith("half a line\n"));

        stop.stop();
        assertThat(run.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).isEqualTo("old 2\nold 3\n2026-06-02T14:00:00 [INFO] appended\nhalf a line\n");
    }

    @Test
    void truncationStartsOverAtTheBeginning() throws Exception {
        Path log = Files.writeString(dir.resolve("daemon.log"), "before truncation, a long first line\n");
        follow(log, "--raw");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("before truncation"));

        // Shorter than what was read, so the truncation shows whether or not a poll saw the empty file.
        Files.writeString(log, "after\n", StandardOpenOption.TRUNCATE_EXISTING);

        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().endsWith("after\n"));
        stop.stop();
        assertThat(run.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).isEqualTo("before truncation, a long first line\nafter\n");
    }

    @Test
    void rotationFinishesTheOldFileAndFollowsTheNewOne() throws Exception {
        Path log = Files.writeString(dir.resolve("daemon.log"), "first\n");
        follow(log, "--raw");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().equals("first\n"));

        Files.move(log, dir.resolve("daemon.log.1"));
        append(dir.resolve("daemon.log.1"), "last words of the old file\n");
        Files.writeString(log, "new file line\n");

        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().endsWith("new file line\n"));
        append(log, "and more\n");
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().endsWith("and more\n"));
        stop.stop();
        assertThat(run.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).isEqualTo("first\nlast words of the old file\nnew file line\nand more\n");
    }

    private void follow(Path log, String... extra) {
        CommandLine command = new CommandLine(new LogsCommand(CliEnvironment.of(Map.of()), stop));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = new String[extra.length + 3];
        args[0] = "-F";
        args[1] = "-f";
        args[2] = log.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        run = CompletableFuture.supplyAsync(() -> command.execute(args));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
