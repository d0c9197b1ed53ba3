package dev.donmai.runtime.api;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.internal.session.DefaultSessionEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session engine (sessions.md): takes a {@link SessionSpec}, checks out a clean workarea, runs a harness in it and
 * comes back with a verdict, a branch and a commit, as a {@link SessionResult}. Providers come from the
 * {@link ProviderRegistry}: the workarea provider, the harness ({@code agent-runtime}) named by the spec or
 * {@code auto}, and a model endpoint.
 *
 * <pre>{@code
 * try (SessionEngine engine = SessionEngine.create(config, registry)) {
 *     SessionResult result = engine.run(spec, SessionListener.NONE);
 * }
 * }</pre>
 *
 * Thread-safe. Each session runs on its own runner thread; {@link #run} blocks its caller until the session is
 * terminal, {@link #start} returns at once.
 */
public interface SessionEngine extends AutoCloseable {

    /** An engine over {@code registry}, which must be loaded; the caller keeps owning (and closes) the registry. */
    static SessionEngine create(SessionEngineConfig config, ProviderRegistry registry) {
        return new DefaultSessionEngine(config, registry);
    }

    /**
     * Runs a session (attempt 1, source {@code api}) and waits for its result. If the calling thread is interrupted
     * the session is stopped as {@code operator-cancelled}, the wait continues until it is terminal, and the
     * interrupt flag is set again before returning.
     *
     * @throws SessionRefusedException when admission refuses it; nothing ran
     */
    SessionResult run(SessionSpec spec, SessionListener listener);

    /**
     * Admits and starts a session (attempt 1, source {@code api}); returns once it is {@code accepted}.
     *
     * @throws SessionRefusedException when admission refuses it; nothing ran
     */
    SessionRun start(SessionSpec spec, SessionListener listener);

    /**
     * Admits and starts a session with admission's decisions (attempt, source, claim, canonical repository).
     *
     * @throws SessionRefusedException when admission refuses it; nothing ran
     */
    SessionRun start(SessionSpec spec, SessionAdmission admission, SessionListener listener);

    /**
     * Runs admission's engine checks without starting anything: mode, harness, harness options, toolchain, in that
     * order (host.md §3.4), so a caller with checks of its own after these (capacity, resources) keeps the order.
     *
     * @throws SessionRefusedException with the first refusal
     */
    void check(SessionSpec spec);

    /** Changes the live capacity; lowering it stops nothing (host.md §5.3). */
    void maxConcurrentSessions(int max);

    /** How many sessions are live (not yet terminal) now. */
    int liveSessions();

    /**
     * StopSession (sessions.md §8), the single entry for every stop: records {@code mode} (the first writer wins),
     * aborts an {@code accepted}/{@code provisioning} session at its next step boundary, and stops a
     * {@code running} harness's process group (SIGTERM, SIGKILL after {@code killGraceSeconds}). The session then
     * finishes without verdict or backstop and its workarea is archived.
     *
     * @param mode a mode a stop may record: {@code operator-cancelled}, {@code timeout}, {@code no-progress},
     *             {@code budget}, {@code lost-ownership}, or {@code crash} (host shutdown)
     * @throws IllegalArgumentException for {@code spawn}, {@code workarea} or {@code harness}
     */
    StopResult stop(String sessionId, FailureMode mode);

    /** The live session with this id, else the most recent finished one still retained. */
    Optional<SessionHandle> session(String sessionId);

    /** Live sessions, then retained finished ones (newest first). */
    List<SessionHandle> sessions();

    /** Tool → version of the toolchains found on this machine (sessions.md §14), probing if needed. */
    Map<String, String> toolchains();

    /** Probes the toolchains again now (normally every 10 minutes, on demand). */
    void refreshToolchains();

    /**
     * Host shutdown: refuses new sessions, stops every live one with {@code crash} (host-shutdown), waits for them
     * to finish (up to the kill grace plus a margin) and releases the engine's threads. Idempotent.
     */
    @Override
    void close();
}
