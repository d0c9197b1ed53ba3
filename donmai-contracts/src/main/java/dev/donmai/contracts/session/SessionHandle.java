package dev.donmai.contracts.session;

import static dev.donmai.contracts.session.SessionChecks.check;
import static dev.donmai.contracts.session.SessionChecks.require;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.time.Instant;

/**
 * What the daemon reports about a session (host.md §5.4): {@code sessionId}, {@code state} and {@code acceptedAt},
 * plus the other fields once known.
 *
 * <p>Invariants: {@code failureMode} is set iff the state is {@code failed}, {@code terminated} or
 * {@code interrupted}, and it is one the state allows ({@link FailureMode#permits}); {@code endedAt} is set only in a
 * terminal state.
 *
 * @param sessionId           the session id
 * @param state               the current state
 * @param acceptedAt          when admission accepted the session
 * @param startedAt           when the harness started
 * @param endedAt             when the session reached its terminal state
 * @param pid                 the harness process id
 * @param projectId           the project
 * @param projectName         the human project name
 * @param repository          the repository as submitted
 * @param canonicalRepository the resolved repository URL
 * @param ref                 the resolved ref
 * @param harness             the resolved harness id
 * @param model               the model
 * @param workType            the work type
 * @param organizationId      the organization
 * @param worktreePath        the workarea path
 * @param source              where the session came from
 * @param verdict             the verdict, once resolved
 * @param failureMode         why the session failed or was stopped (kebab on the control API)
 * @param exitCode            the harness exit code
 */
public record SessionHandle(
        String sessionId,
        SessionState state,
        Instant acceptedAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Long pid,
        @Nullable String projectId,
        @Nullable String projectName,
        @Nullable String repository,
        @Nullable String canonicalRepository,
        @Nullable String ref,
        @Nullable String harness,
        @Nullable String model,
        @Nullable String workType,
        @Nullable String organizationId,
        @Nullable String worktreePath,
        @Nullable SessionSource source,
        @Nullable Verdict verdict,
        @Nullable FailureMode failureMode,
        @Nullable Integer exitCode) {

    public SessionHandle {
        Ids.requireSessionId(sessionId, "sessionId");
        require(state, "state");
        require(acceptedAt, "acceptedAt");
        check(pid == null || pid > 0, "pid");
        if (state.requiresFailureMode()) {
            require(failureMode, "failureMode");
            check(failureMode.permits(state), "failureMode");
        } else {
            check(failureMode == null, "failureMode");
        }
        check(endedAt == null || state.isTerminal(), "endedAt");
    }

    /** A freshly accepted session. */
    public static SessionHandle accepted(String sessionId, Instant acceptedAt) {
        return builder(sessionId, SessionState.ACCEPTED, acceptedAt).build();
    }

    /** Starts a handle with the required fields and every other field absent. */
    public static Builder builder(String sessionId, SessionState state, Instant acceptedAt) {
        return new Builder(sessionId, state, acceptedAt);
    }

    /** A builder holding this handle's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The session key: {@code organizationId}, else {@code local}, and the session id. */
    public SessionKey key() {
        return new SessionKey(organizationId == null ? SessionKey.LOCAL_ORGANIZATION : organizationId, sessionId);
    }

    /** Assembles a {@link SessionHandle}; the record constructor validates on {@link #build()}. */
    public static final class Builder {
        private String sessionId;
        private SessionState state;
        private Instant acceptedAt;
        private Instant startedAt;
        private Instant endedAt;
        private Long pid;
        private String projectId;
        private String projectName;
        private String repository;
        private String canonicalRepository;
        private String ref;
        private String harness;
        private String model;
        private String workType;
        private String organizationId;
        private String worktreePath;
        private SessionSource source;
        private Verdict verdict;
        private FailureMode failureMode;
        private Integer exitCode;

        private Builder(String sessionId, SessionState state, Instant acceptedAt) {
            this.sessionId = sessionId;
            this.state = state;
            this.acceptedAt = acceptedAt;
        }

        private Builder(SessionHandle h) {
            sessionId = h.sessionId;
            state = h.state;
            acceptedAt = h.acceptedAt;
            startedAt = h.startedAt;
            endedAt = h.endedAt;
            pid = h.pid;
            projectId = h.projectId;
            projectName = h.projectName;
            repository = h.repository;
            canonicalRepository = h.canonicalRepository;
            ref = h.ref;
            harness = h.harness;
            model = h.model;
            workType = h.workType;
            organizationId = h.organizationId;
            worktreePath = h.worktreePath;
            source = h.source;
            verdict = h.verdict;
            failureMode = h.failureMode;
            exitCode = h.exitCode;
        }

        public Builder sessionId(String value) { sessionId = value; return this; }
        public Builder state(SessionState value) { state = value; return this; }
        public Builder acceptedAt(Instant value) { acceptedAt = value; return this; }
        public Builder startedAt(Instant value) { startedAt = value; return this; }
        public Builder endedAt(Instant value) { endedAt = value; return this; }
        public Builder pid(Long value) { pid = value; return this; }
        public Builder projectId(String value) { projectId = value; return this; }
        public Builder projectName(String value) { projectName = value; return this; }
        public Builder repository(String value) { repository = value; return this; }
        public Builder canonicalRepository(String value) { canonicalRepository = value; return this; }
        public Builder ref(String value) { ref = value; return this; }
        public Builder harness(String value) { harness = value; return this; }
        public Builder model(String value) { model = value; return this; }
        public Builder workType(String value) { workType = value; return this; }
        public Builder organizationId(String value) { organizationId = value; return this; }
        public Builder worktreePath(String value) { worktreePath = value; return this; }
        public Builder source(SessionSource value) { source = value; return this; }
        public Builder verdict(Verdict value) { verdict = value; return this; }
        public Builder failureMode(FailureMode value) { failureMode = value; return this; }
        public Builder exitCode(Integer value) { exitCode = value; return this; }

        /** Validates and builds the handle. */
        public SessionHandle build() {
            return new SessionHandle(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName,
                    repository, canonicalRepository, ref, harness, model, workType, organizationId, worktreePath,
                    source, verdict, failureMode, exitCode);
        }
    }
}
