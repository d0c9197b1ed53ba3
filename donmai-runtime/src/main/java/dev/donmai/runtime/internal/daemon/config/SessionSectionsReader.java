package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.Backstop;
import dev.donmai.runtime.api.daemon.config.GitIdentity;
import dev.donmai.runtime.api.daemon.config.HarnessSettings;
import dev.donmai.runtime.api.daemon.config.SessionSettings;
import dev.donmai.runtime.api.daemon.config.WorkareaSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The sections sessions.md owns: {@code session.*}, {@code harnesses.*}, {@code workarea.*}, {@code backstop.*}, {@code git.*}. */
final class SessionSectionsReader {

    private static final Pattern HARNESS_ID = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private SessionSectionsReader() {
    }

    static SessionSettings session(YamlMapping session) {
        SessionSettings d = SessionSettings.DEFAULT;
        String harness = session.text("defaultHarness").filter(h -> {
            if (h.equals(SessionSettings.AUTO_HARNESS) || HARNESS_ID.matcher(h).matches()) {
                return true;
            }
            session.values().problems().error(session.get("defaultHarness").orElseThrow(),
                    session.path("defaultHarness"), "must be auto or a harness id");
            return false;
        }).orElse(d.defaultHarness());
        long noProgress = session.longInteger("noProgressTimeoutSeconds", 0).orElse(d.noProgressTimeoutSeconds());
        long noProgressTool = session.longInteger("noProgressToolTimeoutSeconds", 0)
                .orElse(d.noProgressToolTimeoutSeconds());
        long maxDuration = session.longInteger("defaultMaxDurationSeconds", 0).orElse(d.defaultMaxDurationSeconds());
        long killGrace = session.longInteger("killGraceSeconds", 1).orElse(d.killGraceSeconds());
        long retain = session.longInteger("retainFinishedSeconds", 0).orElse(d.retainFinishedSeconds());
        Map<String, String> baseEnv = new LinkedHashMap<>();
        session.mapping("baseEnv").ifPresent(env -> {
            for (String name : env.keys()) {
                if (!ENV_NAME.matcher(name).matches()) {
                    env.values().problems().error(env.keyNode(name).orElseThrow(), env.path(name),
                            "must be an environment variable name");
                    env.get(name);
                    continue;
                }
                env.string(name).ifPresent(value -> baseEnv.put(name, value));
            }
        });
        SessionSettings value = new SessionSettings(harness, noProgress, noProgressTool, maxDuration, killGrace, retain,
                baseEnv, session.strings("envBlocklist").orElse(d.envBlocklist()),
                session.nonNegativeNumber("defaultMaxCostUsd"), session.longInteger("defaultMaxTokens", 0),
                session.integer("logRetentionDays", 0, Integer.MAX_VALUE).orElse(d.logRetentionDays()));
        session.warnUnknown();
        return value;
    }

    static Map<String, HarnessSettings> harnesses(YamlMapping harnesses) {
        Map<String, HarnessSettings> all = new LinkedHashMap<>();
        for (String id : harnesses.keys()) {
            if (!HARNESS_ID.matcher(id).matches()) {
                harnesses.values().problems().error(harnesses.keyNode(id).orElseThrow(), harnesses.path(id),
                        "must be a harness id");
                harnesses.get(id);
                continue;
            }
            harnesses.mapping(id).ifPresent(harness -> {
                HarnessSettings defaults = HarnessSettings.defaultsFor(id);
                all.put(id, new HarnessSettings(harness.filePath("binary"),
                        harness.strings("args").orElse(defaults.args()),
                        harness.bool("enabled").orElse(defaults.enabled())));
                harness.warnUnknown();
            });
        }
        return all;
    }

    static WorkareaSettings workarea(YamlMapping workarea) {
        WorkareaSettings d = WorkareaSettings.DEFAULT;
        boolean[] enabled = {d.poolEnabled()};
        int[] pool = {d.poolMaxReadyPerKey(), d.poolMinReadyPerKey(), d.poolKeyIdleHours()};
        workarea.mapping("pool").ifPresent(p -> {
            enabled[0] = p.bool("enabled").orElse(enabled[0]);
            pool[0] = p.integer("maxReadyPerKey", 0, Integer.MAX_VALUE).orElse(pool[0]);
            pool[1] = p.integer("minReadyPerKey", 0, Integer.MAX_VALUE).orElse(pool[1]);
            pool[2] = p.integer("keyIdleHours", 0, Integer.MAX_VALUE).orElse(pool[2]);
            p.warnUnknown();
        });
        WorkareaSettings value = new WorkareaSettings(enabled[0], pool[0], pool[1], pool[2],
                workarea.integer("archiveRetentionDays", 0, Integer.MAX_VALUE).orElse(d.archiveRetentionDays()),
                workarea.integer("fetchIntervalSeconds", 0, Integer.MAX_VALUE).orElse(d.fetchIntervalSeconds()));
        workarea.warnUnknown();
        return value;
    }

    static Backstop backstop(YamlMapping backstop) {
        Backstop value = new Backstop(backstop.strings("excludeGlobs").orElse(Backstop.DEFAULT.excludeGlobs()));
        backstop.warnUnknown();
        return value;
    }

    static GitIdentity git(YamlMapping git) {
        GitIdentity value = new GitIdentity(git.text("authorName").orElse(GitIdentity.DEFAULT.authorName()),
                git.text("authorEmail").orElse(GitIdentity.DEFAULT.authorEmail()));
        git.warnUnknown();
        return value;
    }
}
