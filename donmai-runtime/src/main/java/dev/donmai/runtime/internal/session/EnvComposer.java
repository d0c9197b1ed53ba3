package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Glob;
import dev.donmai.runtime.spi.SecretRedactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds a session's environment (sessions.md §4), later layers winning: (1) the daemon's env minus the blocklist;
 * the git identity unless the daemon's env sets it; (2) {@code session.baseEnv}; (3) the item's {@code env} minus the
 * blocklist (dropped names become warnings); (4) the credential snapshot minus the blocklist; (5) the runtime
 * variables. It also collects the values the redactor must know (audit.md §2.2).
 */
final class EnvComposer {

    /** Names a process environment can carry ({@code SpawnSpec} refuses others). */
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    static final List<String> DEFAULT_BLOCKLIST_SUFFIXES = List.of("*_DAEMON_TOKEN", "*_CONTROL_TOKEN",
            "*_INSTALL_TOKEN", "*_RUNTIME_TOKEN", "*_REGISTRATION_TOKEN");

    /**
     * A composed environment.
     *
     * @param env          the session's environment, in layer order
     * @param warnings     one {@code env-blocked: <NAME>} per item variable the blocklist dropped
     * @param secretValues name → value of everything the redactor must replace
     */
    record Composed(Map<String, String> env, List<String> warnings, Map<String, String> secretValues) {
        Composed {
            env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
            warnings = List.copyOf(warnings);
            secretValues = Map.copyOf(secretValues);
        }
    }

    private final List<Glob> blocklist;
    private final String authorName;
    private final String authorEmail;

    EnvComposer(String prefix, List<String> extraBlocklist, String authorName, String authorEmail) {
        List<Glob> globs = new ArrayList<>();
        globs.add(Glob.of(prefix + "_*"));
        DEFAULT_BLOCKLIST_SUFFIXES.forEach(g -> globs.add(Glob.of(g)));
        extraBlocklist.forEach(g -> globs.add(Glob.of(g)));
        this.blocklist = List.copyOf(globs);
        this.authorName = authorName;
        this.authorEmail = authorEmail;
    }

    /** True when the blocklist drops {@code name}. */
    boolean blocked(String name) {
        return blocklist.stream().anyMatch(glob -> glob.matches(name));
    }

    Composed compose(Map<String, String> daemonEnv, Map<String, String> baseEnv, Map<String, String> itemEnv,
            Map<String, String> credentials, Map<String, String> runtimeVariables) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();

        daemonEnv.forEach((name, value) -> {
            if (blocked(name) || SecretRedactor.isSecretName(name)) {
                // Never shown, even when it is passed on: a SECRET-named daemon variable still reaches the agent.
                secrets.put(name, value);
            }
            if (ENV_NAME.matcher(name).matches() && !blocked(name)) {
                env.put(name, value);
            }
        });
        // Agents and the backstop must be able to commit on a machine without a global git identity (CI).
        putIdentity(env, daemonEnv, "GIT_AUTHOR_NAME", authorName);
        putIdentity(env, daemonEnv, "GIT_COMMITTER_NAME", authorName);
        putIdentity(env, daemonEnv, "GIT_AUTHOR_EMAIL", authorEmail);
        putIdentity(env, daemonEnv, "GIT_COMMITTER_EMAIL", authorEmail);

        baseEnv.forEach((name, value) -> {
            if (SecretRedactor.isSecretName(name)) {
                secrets.put(name, value);
            }
            if (ENV_NAME.matcher(name).matches()) {
                env.put(name, value);
            }
        });
        itemEnv.forEach((name, value) -> {
            // Every item value is treated as secret: the item's author decides what is in it, not its name.
            secrets.put(name, value);
            if (!ENV_NAME.matcher(name).matches() || blocked(name)) {
                warnings.add("env-blocked: " + name);
            } else {
                env.put(name, value);
            }
        });
        credentials.forEach((name, value) -> {
            secrets.put(name, value);
            if (ENV_NAME.matcher(name).matches() && !blocked(name)) {
                env.put(name, value);
            }
        });
        env.putAll(runtimeVariables);
        return new Composed(env, warnings, secrets);
    }

    private static void putIdentity(Map<String, String> env, Map<String, String> daemonEnv, String name, String value) {
        if (!daemonEnv.containsKey(name)) {
            env.put(name, value);
        }
    }
}
