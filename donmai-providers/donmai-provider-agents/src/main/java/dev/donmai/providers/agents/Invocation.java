package dev.donmai.providers.agents;

import dev.donmai.contracts.provider.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one harness process is started: its argv, the variables added on top of the spec's environment (they win),
 * and the bytes for its stdin ({@code null}: {@code /dev/null}).
 *
 * @param command the argv, binary first
 * @param env     extra environment
 * @param stdin   the prompt bytes, or null
 */
record Invocation(List<String> command, Map<String, String> env, @Nullable byte[] stdin) {

    Invocation {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        stdin = stdin == null ? null : stdin.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invocation that && command.equals(that.command) && env.equals(that.env)
                && Arrays.equals(stdin, that.stdin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, env, Arrays.hashCode(stdin));
    }

    @Override
    public String toString() {
        return "Invocation[" + command.get(0) + "]"; // env may hold secrets
    }
}
