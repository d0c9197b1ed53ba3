package dev.donmai.runtime.spi.process;

import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start: the command and its arguments (no shell), the working directory, the complete environment (the
 * child gets exactly this; nothing is inherited from the JVM), and what to feed its stdin.
 *
 * @param command the executable and its arguments; not empty
 * @param cwd     the working directory
 * @param env     the child's whole environment
 * @param stdin   bytes written to stdin, which is then closed; {@code null} connects stdin to {@code /dev/null}
 */
public record LaunchSpec(List<String> command, Path cwd, Map<String, String> env, @Nullable byte[] stdin) {

    public LaunchSpec {
        command = List.copyOf(Objects.requireNonNull(command, "command"));
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command is empty");
        }
        Objects.requireNonNull(cwd, "cwd");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(env, "env")));
        stdin = stdin == null ? null : stdin.clone();
    }

    /** A spec whose stdin is {@code /dev/null}. */
    public static LaunchSpec of(List<String> command, Path cwd, Map<String, String> env) {
        return new LaunchSpec(command, cwd, env, null);
    }

    /** The bytes for stdin, if any (a copy). */
    public Optional<byte[]> stdinBytes() {
        return Optional.ofNullable(stdin).map(byte[]::clone);
    }

    @Override
    public byte[] stdin() {
        return stdin == null ? null : stdin.clone();
    }

    // The array component would otherwise compare by identity; the environment may hold secrets, so toString
    // names only the command.
    @Override
    public boolean equals(Object other) {
        return other instanceof LaunchSpec that && command.equals(that.command) && cwd.equals(that.cwd)
                && env.equals(that.env) && Arrays.equals(stdin, that.stdin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, cwd, env, Arrays.hashCode(stdin));
    }

    @Override
    public String toString() {
        return "LaunchSpec[command=" + command.get(0) + " (+" + (command.size() - 1) + " args), cwd=" + cwd + "]";
    }
}
