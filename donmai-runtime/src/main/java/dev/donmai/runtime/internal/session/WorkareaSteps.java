package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.runtime.api.ProviderRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Steps 2 and 11b (sessions.md §3, §11, §13): acquiring a session's workarea from the registry's workarea provider,
 * putting it on the session's branch, and releasing it. A session without a repository gets an empty repository the
 * engine makes itself ({@code git init} under {@code worktrees/<sessionId>} on the session's branch), released only as
 * {@code archive}.
 */
final class WorkareaSteps {

    static final Duration ACQUIRE_TIMEOUT = Duration.ofMinutes(10);
    static final Duration RELEASE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration GIT_TIMEOUT = Duration.ofMinutes(1);

    /** A session's workarea. */
    sealed interface Acquired {
        Path path();

        String ref();

        /** The commit the workarea started at; null for an empty repository. */
        @Nullable String baseCommit();

        AcquirePath acquirePath();
    }

    /** Acquired from a workarea provider. */
    record FromProvider(WorkareaProvider provider, Workarea workarea) implements Acquired {
        @Override
        public Path path() {
            return workarea.path();
        }

        @Override
        public String ref() {
            return workarea.ref();
        }

        @Override
        public String baseCommit() {
            return workarea.commit();
        }

        @Override
        public AcquirePath acquirePath() {
            return workarea.acquirePath();
        }
    }

    /** The engine's own empty repository for a session without one. */
    record EmptyRepository(Path path, String ref) implements Acquired {
        @Override
        public String baseCommit() {
            return null;
        }

        @Override
        public AcquirePath acquirePath() {
            return AcquirePath.COLD;
        }
    }

    /** The workarea could not be acquired; the session fails with {@code workarea}. */
    static final class AcquireFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AcquireFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * How release ended.
     *
     * @param applied  the mode applied (wire), or the requested one when the workarea was left in place
     * @param warning  a warning, if any
     * @param archived true when the tree was archived
     */
    record Released(String applied, @Nullable String warning, boolean archived) {
    }

    private final ProviderRegistry registry;
    private final SessionGit git;
    private final Path worktreeDir;
    private final String providerId;

    WorkareaSteps(ProviderRegistry registry, SessionGit git, Path worktreeDir, @Nullable String providerId) {
        this.registry = registry;
        this.git = git;
        this.worktreeDir = worktreeDir;
        this.providerId = providerId;
    }

    /**
     * Acquires the workarea. A session without a repository asks the provider for an empty one (source absent);
     * when there is no workarea provider or it cannot make one, the engine makes it itself.
     */
    Acquired acquire(SessionKey key, @Nullable String repository, @Nullable String ref, String branch,
            Map<String, String> toolchain, ScopeTarget target) {
        WorkareaProvider provider;
        try {
            provider = providerId != null
                    ? registry.acquire(ProviderFamily.WORKAREA, providerId, target, WorkareaProvider.class)
                    : (WorkareaProvider) registry.activate(registry.resolve(ProviderFamily.WORKAREA, target).chosen());
        } catch (RuntimeException e) {
            if (repository == null) {
                return emptyRepository(key.sessionId(), branch);
            }
            throw new AcquireFailed("workarea: " + describe(e), e);
        }
        Workarea workarea;
        try {
            WorkareaSource source = repository == null ? null
                    : new WorkareaSource(repository, ref == null ? "HEAD" : ref, List.of());
            workarea = provider.acquire(new WorkareaSpec(key, target, source, null, null, toolchain, null,
                    WorkareaMode.EXCLUSIVE, null), ACQUIRE_TIMEOUT);
        } catch (ProviderException.Unsupported e) {
            if (repository == null) {
                return emptyRepository(key.sessionId(), branch);
            }
            throw new AcquireFailed("workarea: " + describe(e), e);
        } catch (RuntimeException e) {
            throw new AcquireFailed("workarea: " + describe(e), e);
        }
        switchTo(workarea.path(), branch);
        return new FromProvider(provider, workarea);
    }

    /** Puts the workarea on {@code branch} unless it is already there (providers normally switch themselves). */
    private void switchTo(Path path, String branch) {
        GitOutput current = git.run(path, List.of("symbolic-ref", "-q", "--short", "HEAD"), GIT_TIMEOUT);
        if (current.ok() && current.out().equals(branch)) {
            return;
        }
        git.run(path, List.of("switch", "-q", "-C", branch), GIT_TIMEOUT);
    }

    private Acquired emptyRepository(String sessionId, String branch) {
        Path path = worktreeDir.resolve(sessionId);
        try {
            if (Files.exists(path)) {
                throw new AcquireFailed("workarea: " + path + " already exists", null);
            }
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new AcquireFailed("workarea: cannot create " + path, e);
        }
        GitOutput init = git.run(path, List.of("init", "-q", "-b", branch), GIT_TIMEOUT);
        if (!init.ok()) {
            throw new AcquireFailed("workarea: git init " + init.failure(), null);
        }
        try {
            Path exclude = path.resolve(".git/info/exclude");
            Files.createDirectories(exclude.getParent());
            Files.writeString(exclude, "/.agent/\n");
        } catch (IOException e) {
            throw new AcquireFailed("workarea: cannot write .git/info/exclude", e);
        }
        return new EmptyRepository(path.toAbsolutePath(), branch);
    }

    /** Releases with {@code mode}; a failed release is tried again as {@code archive}, else left in place. */
    Released release(Acquired acquired, ReleaseMode mode, Path archiveDir, int attempt) {
        if (acquired instanceof EmptyRepository empty) {
            return archiveEmpty(empty, archiveDir);
        }
        FromProvider from = (FromProvider) acquired;
        try {
            ReleaseOutcome outcome = from.provider().release(from.workarea(), mode, RELEASE_TIMEOUT);
            return new Released(outcome.applied().wire(), outcome.warningIfAny().map(w -> "release: " + w)
                    .orElse(null), outcome.applied() instanceof ReleaseMode.Archive);
        } catch (RuntimeException first) {
            String why = "release-failed: " + mode.wire() + ": " + describe(first);
            if (mode instanceof ReleaseMode.Archive) {
                return new Released(mode.wire(), why + "; left in place", false);
            }
            try {
                ReleaseOutcome outcome = from.provider().release(from.workarea(), ReleasePlanner.archive(attempt),
                        RELEASE_TIMEOUT);
                return new Released(outcome.applied().wire(), why + "; archived instead", true);
            } catch (RuntimeException second) {
                return new Released(mode.wire(), why + "; archive failed too; left in place", false);
            }
        }
    }

    private static Released archiveEmpty(EmptyRepository empty, Path archiveDir) {
        try {
            Files.createDirectories(archiveDir);
            Files.move(empty.path(), archiveDir.resolve("tree"));
            return new Released("archive", null, true);
        } catch (IOException e) {
            return new Released("archive", "release-failed: archive: cannot move " + empty.path()
                    + "; left in place", false);
        }
    }

    static String describe(RuntimeException e) {
        if (e instanceof ProviderException.OperationFailed failed) {
            return failed.code();
        }
        if (e instanceof ProviderException.Unsupported unsupported) {
            return "unsupported " + unsupported.verb();
        }
        if (e instanceof ProviderException.NoProvider) {
            return "no provider";
        }
        if (e instanceof ProviderException.Timeout) {
            return "timeout";
        }
        if (e instanceof ProviderException.ContractViolation violation) {
            return violation.code().wire() + " " + violation.field();
        }
        return e.getClass().getSimpleName();
    }
}
