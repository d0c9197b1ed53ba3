package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.require;

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
    public record Builder(String sessionId, SessionState state, Instant acceptedAt, Instant startedAt, Instant endedAt,
            Long pid, String projectId, String projectName, String repository, String canonicalRepository,
            String ref, String harness, String model, String workType, String organizationId,
            String worktreePath, SessionSource source, Verdict verdict, FailureMode failureMode,
            Integer exitCode) {
        private Builder(String sessionId, SessionState state, Instant acceptedAt) {
            this(sessionId, state, acceptedAt, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
        }

        private Builder(SessionHandle h) {
            this(h.sessionId, h.state, h.acceptedAt, h.startedAt, h.endedAt, h.pid, h.projectId,
                    h.projectName, h.repository, h.canonicalRepository, h.ref, h.harness, h.model, h.workType,
                    h.organizationId, h.worktreePath, h.source, h.verdict, h.failureMode, h.exitCode);
        }

        public Builder sessionId(String value) {
            return new Builder(value, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder state(SessionState value) {
            return new Builder(sessionId, value, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder acceptedAt(Instant value) {
            return new Builder(sessionId, state, value, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder startedAt(Instant value) {
            return new Builder(sessionId, state, acceptedAt, value, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder endedAt(Instant value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, value, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder pid(Long value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, value, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder projectId(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, value, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder projectName(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, value, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder repository(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, value,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder canonicalRepository(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    value, ref, harness, model, workType, organizationId, worktreePath, source, verdict,
                    failureMode, exitCode);
        }

        public Builder ref(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, value, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder harness(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, value, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder model(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, value, workType, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder workType(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, value, organizationId, worktreePath, source,
                    verdict, failureMode, exitCode);
        }

        public Builder organizationId(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, value, worktreePath, source, verdict,
                    failureMode, exitCode);
        }

        public Builder worktreePath(String value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, value, source, verdict,
                    failureMode, exitCode);
        }

        public Builder source(SessionSource value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, value,
                    verdict, failureMode, exitCode);
        }

        public Builder verdict(Verdict value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    value, failureMode, exitCode);
        }

        public Builder failureMode(FailureMode value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, value, exitCode);
        }

        public Builder exitCode(Integer value) {
            return new Builder(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName, repository,
                    canonicalRepository, ref, harness, model, workType, organizationId, worktreePath, source,
                    verdict, failureMode, value);
        }

        /** Validates and builds the handle. */
        public SessionHandle build() {
            return new SessionHandle(sessionId, state, acceptedAt, startedAt, endedAt, pid, projectId, projectName,
                    repository, canonicalRepository, ref, harness, model, workType, organizationId, worktreePath,
                    source, verdict, failureMode, exitCode);
        }
    }
}
