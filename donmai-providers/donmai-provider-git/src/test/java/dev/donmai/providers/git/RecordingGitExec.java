package dev.donmai.providers.git;

import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes every command on and remembers its argv and extra environment. */
final class RecordingGitExec implements GitExec {

    record Call(List<String> args, Map<String, String> env) {
    }

    private final GitExec delegate;
    final List<Call> calls = new CopyOnWriteArrayList<>();

    RecordingGitExec(GitExec delegate) {
        this.delegate = delegate;
    }

    @Override
    public GitResult run(Path cwd, List<String> args, Map<String, String> extraEnv, Duration timeout) {
        calls.add(new Call(List.copyOf(args), Map.copyOf(extraEnv)));
        return delegate.run(cwd, args, extraEnv, timeout);
    }
}
