package ai.rensei.cli.host;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.HelpOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rensei host logs} (host.md §1.4): the last lines of the daemon's NDJSON log, pretty-printed unless
 * {@code --raw}; {@code -F} keeps printing appended lines until Ctrl-C, which ends it with exit 0. Reads the file
 * directly, no daemon needed.
 */
@Command(name = "logs", description = "Print the daemon log; follow it with -F.")
public final class LogsCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = {"-f", "--file"}, paramLabel = "<path>",
            description = "Log file (default: the daemon's log, <home>/daemon.log).")
    private Path file;

    @Option(names = {"-F", "--follow"}, description = "Keep printing lines as they are appended.")
    private boolean follow;

    @Option(names = {"-n", "--lines"}, paramLabel = "<n>", defaultValue = "50",
            description = "Number of last lines to show (default 50; 0 = all).")
    private int lines;

    @Option(names = "--raw", description = "Print lines verbatim, without pretty-printing.")
    private boolean raw;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment env;
    private final StopSignal stop;

    public LogsCommand(CliEnvironment env) {
        this(env, null);
    }

    /** With a stop signal of the caller's instead of SIGINT (tests). */
    LogsCommand(CliEnvironment env, StopSignal stop) {
        this.env = env;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        if (lines < 0) {
            throw CliException.usage("--lines must be >= 0 (got " + lines + ")");
        }
        Path path = file != null ? file : LocalDaemonConfig.of(env).logFile();
        if (!Files.isRegularFile(path)) {
            throw CliException.failure("log file not found: " + path);
        }
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> sink = line -> out.println(raw ? line : LogLineFormat.pretty(line));
        try {
            LogReader reader = LogReader.openAtLastLines(path, lines);
            if (!follow) {
                try (reader) {
                    reader.readAvailable(sink);
                    reader.flushPartial(sink);
                }
                out.flush();
                return ExitCodes.OK;
            }
            Consumer<String> flushing = sink.andThen(line -> out.flush());
            new LogFollower(path, flushing, stop != null ? stop : StopSignal.onInterrupt()).follow(reader);
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            throw CliException.failure("cannot read " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }
}
