package ai.rensei.cli.agent;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.runtime.api.SessionRefusedException;
import dev.donmai.runtime.api.SessionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rensei agent run}: one session, in this process, no daemon. Streams a progress view, ends with a summary
 * (or, with {@code --json}, the result), and exits 0 only when the agent's verdict is {@code passed}.
 */
@Command(name = "run", description = "Run a coding agent once against a fresh worktree of a repository.")
public final class AgentRunCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Option(names = "--repo", paramLabel = "<path|url>",
            description = "Repository: a local working copy or bare repo, a file:// URL or a network URL (default: .)")
    private String repo = ".";

    @Option(names = "--ref", description = "Branch, tag or commit to start from (default: the current branch)")
    private String ref;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private PromptSource prompt;

    @Option(names = "--harness", description = "claude, codex, opencode, shell, stub or auto (default: auto)")
    private String harness = "auto";

    @Option(names = "--model", description = "Model to ask the harness for")
    private String model;

    @Option(names = "--worktree-dir", description = "Where the session's worktree lives (default: <home>/worktrees)")
    private Path worktreeDir;

    @Option(names = "--session-id", description = "Session id (default: ses_ followed by 26 characters)")
    private String sessionId;

    @Option(names = "--max-duration", paramLabel = "<seconds>", description = "Stop the agent after this many seconds")
    private Long maxDuration;

    @Option(names = "--harness-option", paramLabel = "K=V",
            description = "Harness option, repeatable; JSON values are parsed (e.g. behaviour=hang, count=4)")
    private List<String> harnessOptions = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as JSON instead of the progress view and summary")
    private boolean json;

    private final CliEnvironment env;

    public AgentRunCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Exactly one of {@code --prompt} and {@code --prompt-file}. */
    static final class PromptSource {
        @Option(names = "--prompt", required = true, description = "The task for the agent")
        String text;

        @Option(names = "--prompt-file", required = true, description = "A file holding the task for the agent")
        Path file;

        String read() {
            if (text != null) {
                return text;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.usage("cannot read --prompt-file: " + file);
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String task = prompt.read();
        if (task.isBlank()) {
            throw CliException.usage("the prompt is empty");
        }
        if (sessionId != null && !Ids.isSessionId(sessionId)) {
            throw CliException.usage("invalid --session-id: " + sessionId);
        }
        if (maxDuration != null && maxDuration <= 0) {
            throw CliException.usage("--max-duration must be a positive number of seconds");
        }
        RepositoryArgument repository = RepositoryArgument.resolve(repo, Path.of("").toAbsolutePath());
        Clock clock = Clock.systemUTC();
        String id = sessionId != null ? sessionId : SessionIds.next(clock.instant());
        Path worktrees = worktreeDir != null ? worktreeDir.toAbsolutePath() : env.home().resolve("worktrees");

        try (LocalRuntime runtime = LocalRuntime.start(env, worktrees)) {
            if (!harness.equals("auto") && !runtime.harnesses().contains(harness)) {
                throw CliException.usage("unknown harness: " + harness + " (available: auto, "
                        + String.join(", ", runtime.harnesses()) + ")");
            }
            SessionSpec session = SessionSpec.builder(id)
                    .repository(repository.repository())
                    .ref(ref != null ? ref : repository.currentRef().orElse(null))
                    .harness(harness)
                    .harnessOptions(HarnessOptions.parse(harnessOptions))
                    .model(model)
                    .prompt(task)
                    .maxDurationSeconds(maxDuration)
                    .build();
            ProgressView progress = new ProgressView(out, env.colour(), clock);
            SessionResult result = json
                    ? runtime.engine().run(session, dev.donmai.runtime.api.SessionListener.NONE)
                    : runtime.engine().run(session, progress);
            return report(result, session, repository, out);
        } catch (SessionRefusedException refused) {
            boolean usage = refused.refusal() instanceof SessionRefusedException.InvalidHarnessOptions
                    || refused.refusal() instanceof SessionRefusedException.HarnessUnavailable
                    || refused.refusal() instanceof SessionRefusedException.ModeUnsupported;
            String message = refused.refusal().message();
            throw usage ? CliException.usage(message) : CliException.failure(message);
        }
    }

    private int report(SessionResult result, SessionSpec session, RepositoryArgument repository, PrintWriter out) {
        if (beforeAnyWork(result)) {
            // The agent never ran, so a summary would be noise: one line says what went wrong.
            String reason = result.reason() != null ? result.reason() : result.summary();
            throw CliException.failure(result.failureMode().controlWire() + " failed: "
                    + reason.replaceFirst("^" + result.failureMode().controlWire() + ": ", "")
                    + " (repository " + repository.repository() + (session.ref() == null ? "" : ", ref " + session.ref())
                    + ")");
        }
        if (json) {
            out.println(RunReport.json(result));
        } else {
            RunReport.summary(result, repository, out);
        }
        out.flush();
        return result.verdict() == Verdict.PASSED ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static boolean beforeAnyWork(SessionResult result) {
        return result.eventCount() == 0
                && (result.failureMode() == FailureMode.WORKAREA || result.failureMode() == FailureMode.SPAWN);
    }
}
