package dev.donmai.runtime.internal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.spi.SecretRedactor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The engine-wide collaborators every runner uses; built once by {@link DefaultSessionEngine}.
 *
 * @param spineSequence the per-session-id spine sequence counter (runs on across attempts)
 */
record EngineParts(
        SessionEngineConfig config,
        ObjectMapper json,
        SessionGit git,
        SecretRedactor redactor,
        EnvComposer env,
        PromptRenderer prompts,
        MemoryStep memory,
        HarnessResolver harnesses,
        EndpointSelector endpoints,
        WorkareaSteps workareas,
        VerdictResolver verdicts,
        BackstopCommitter backstop,
        BranchPusher pusher,
        ReleasePlanner releases,
        AgentDirArchiver archiver,
        ResultRecordWriter results,
        ScheduledExecutorService scheduler,
        Function<String, AtomicLong> spineSequence) {
}
