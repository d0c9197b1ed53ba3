package dev.donmai.runtime.internal.daemon.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionOutcome;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.contracts.session.Verdict;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitException;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash recovery at daemon start (sessions.md §15, D16), run in daemon state {@code recovering}:
 * <ol>
 *   <li>a harness group still running with its recorded pid and start instant is stopped (SIGTERM, SIGKILL after the
 *       kill grace); a pid now held by another process is left alone;</li>
 *   <li>a row with a stop mode ends {@code terminated} with that mode; a {@code finishing} row with a stored result
 *       record ends with that record (release becomes an archive, then the terminal commit: §3 steps 11–12);</li>
 *   <li>every other non-terminal row ends {@code interrupted} ({@code crash}, reason {@code daemon-restart}); each
 *       session's workarea is archived first, then its terminal state, result record and (orchestrator sessions)
 *       completion and status outbox rows are one transaction;</li>
 *   <li>{@code worktrees/} directories without a live session are archived with reason {@code orphan};</li>
 *   <li>pool members {@code acquired} without a live session, {@code warming}, {@code releasing} (and the
 *       {@code invalid} or {@code retired} ones whose destruction was cut short) are destroyed, {@code ready} ones
 *       kept; then {@code git worktree prune} per mirror;</li>
 *   <li>{@code run/cred/} is emptied. Pending outbox rows stay.</li>
 * </ol>
 * Nothing re-runs and no workarea is deleted. Idempotent: every step looks at what is there now, so a crash during
 * recovery is mended by the next run, and a run after a complete one does nothing. A step that fails for one session
 * or directory is logged and reported; the rest goes on.
 */
public final class CrashRecovery {

    /** The reason of a session found non-terminal at start. */
    public static final String DAEMON_RESTART = "daemon-restart";
    /** The archive reason of a workarea no session owns. */
    public static final String ORPHAN = "orphan";
    /** The result warning of a session whose workarea could not be archived. */
    public static final String ARCHIVE_FAILED = "archive-failed";

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);
    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY = "ready";
    private static final String ACQUIRED = "acquired";

    private final StateStore store;
    private final RecoveryLayout layout;
    private final ProcessTerminator terminator;
    private final Duration killGrace;
    private final Clock clock;
    private final GitExec git;
    private final RecoveryArchiver archiver;

    /** Recovery with git from {@code PATH}. */
    public CrashRecovery(StateStore store, RecoveryLayout layout, ProcessTerminator terminator, Duration killGrace,
            Clock clock) {
        this(store, layout, terminator, killGrace, clock, new CliGitExec());
    }

    /** Recovery with another git port. */
    public CrashRecovery(StateStore store, RecoveryLayout layout, ProcessTerminator terminator, Duration killGrace,
            Clock clock, GitExec git) {
        this.store = Objects.requireNonNull(store, "store");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.terminator = Objects.requireNonNull(terminator, "terminator");
        this.killGrace = Objects.requireNonNull(killGrace, "killGrace");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.git = Objects.requireNonNull(git, "git");
        this.archiver = new RecoveryArchiver(layout, git, clock);
    }

    /** Runs steps 1–6 once. */
    public RecoveryReport run() {
        Progress progress = new Progress();
        List<StoredSession> rows = store.nonTerminal();
        for (StoredSession row : rows) {
            stopHarness(row, progress);
        }
        for (StoredSession row : rows) {
            try {
                finish(row, progress);
            } catch (RuntimeException e) {
                progress.problem("session " + row.sessionId() + " not recovered: " + e.getMessage(), e);
            }
        }
        archiveOrphans(progress);
        destroyPoolMembers(progress);
        pruneMirrors(progress);
        clearCredentials(progress);
        RecoveryReport report = progress.report();
        LOG.atInfo().addKeyValue("event", "recovery-done").addKeyValue("interrupted", report.interrupted().size())
                .addKeyValue("terminated", report.terminated().size())
                .addKeyValue("finished", report.finished().size())
                .addKeyValue("harnessesStopped", report.harnessesStopped().size())
                .addKeyValue("archived", report.archived().size())
                .addKeyValue("poolMembersDestroyed", report.poolMembersDestroyed().size())
                .addKeyValue("problems", report.problems().size()).log("crash recovery done");
        return report;
    }

    // ------------------------------------------------------------------ step 1

    private void stopHarness(StoredSession row, Progress progress) {
        if (row.pid().isEmpty() || row.processStart().isEmpty()) {
            return;
        }
        long pid = row.pid().get();
        ProcessTerminator.Outcome outcome = terminator.terminate(pid, row.processStart().get(), killGrace);
        switch (outcome) {
            case STOPPED -> {
                progress.harnessesStopped.add(pid);
                LOG.atWarn().addKeyValue("event", "orphan-harness-stopped").addKeyValue("sessionId", row.sessionId())
                        .addKeyValue("pid", pid).log("stopped a harness left running by the previous daemon");
            }
            case STILL_RUNNING -> {
                progress.harnessesStopped.add(pid);
                progress.problem("harness group " + pid + " of session " + row.sessionId()
                        + " survived SIGKILL", null);
            }
            case PID_REUSED -> {
                progress.pidsLeftAlone.add(pid);
                LOG.atInfo().addKeyValue("event", "pid-reused").addKeyValue("sessionId", row.sessionId())
                        .addKeyValue("pid", pid).log("recorded harness pid now belongs to another process");
            }
            case NOT_RUNNING -> {
                // the harness died with the daemon
            }
        }
    }

    // ------------------------------------------------------------------ steps 2 and 3

    private void finish(StoredSession row, Progress progress) {
        Ending ending = endingOf(row);
        Path worktree = layout.worktreesDir().resolve(row.sessionId());
        RecoveryArchiver.Archived archived = null;
        List<String> warnings = new ArrayList<>();
        if (Files.isDirectory(worktree, LinkOption.NOFOLLOW_LINKS)) {
            try {
                archived = archiver.archive(worktree, row.sessionId(), row.attempt(), ending.reason(),
                        facts(row.handle(), ending.state(), ending.mode()));
                progress.archived(archived);
                warnings.addAll(archived.warnings());
            } catch (IOException | RuntimeException e) {
                // The session still ends (a row left non-terminal would hold a slot forever); the directory stays
                // in worktrees/ and the next start tries it again as an orphan.
                warnings.add(ARCHIVE_FAILED);
                progress.problem("could not archive " + worktree + "; it stays where it is: " + e.getMessage(), e);
            }
        }
        Instant now = clock.instant();
        ObjectNode result;
        if (ending.stored() != null) {
            result = RecoveryRecords.resumed(ending.stored(), archived, warnings);
        } else {
            String workareaPath = row.handle().worktreePath() != null ? row.handle().worktreePath()
                    : archived != null ? worktree.toString() : null;
            result = RecoveryRecords.synthesized(row, ending.state(), ending.mode(), ending.reason(), now,
                    workareaPath, archived, warnings);
        }
        Instant endedAt = ending.endedAt() != null ? ending.endedAt() : now;
        boolean recorded = store.recordTerminal(row.sessionId(), ending.state(), ending.mode(), ending.verdict(),
                ending.exitCode(), endedAt, RecoveryRecords.json(result), RecoveryRecords.reports(row, result, now));
        if (!recorded) {
            return;
        }
        if (ending.stored() != null) {
            progress.finished.add(row.sessionId());
        } else if (ending.state() == SessionState.TERMINATED) {
            progress.terminated.add(row.sessionId());
        } else {
            progress.interrupted.add(row.sessionId());
        }
        LOG.atWarn().addKeyValue("event", "session-recovered").addKeyValue("sessionId", row.sessionId())
                .addKeyValue("state", ending.state().wire()).addKeyValue("reason", ending.reason())
                .log("session ended by crash recovery");
    }

    /** How a non-terminal row ends (sessions.md §15 steps 2–3). */
    private static Ending endingOf(StoredSession row) {
        Optional<ObjectNode> stored = row.resultJson().flatMap(RecoveryRecords::parse);
        if (row.stopMode().isPresent()) {
            FailureMode mode = row.stopMode().get();
            return stored.filter(r -> SessionState.TERMINATED.wire().equals(r.path("state").asText())
                    && mode.protocolWire().equals(r.path("failureMode").asText())).flatMap(CrashRecovery::fromStored)
                    .orElse(new Ending(SessionState.TERMINATED, mode, mode.controlWire(), null, null, null, null));
        }
        if (row.handle().state() == SessionState.FINISHING && stored.isPresent()) {
            Optional<Ending> resumed = fromStored(stored.get());
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }
        return new Ending(SessionState.INTERRUPTED, FailureMode.CRASH, DAEMON_RESTART, null, null, null, null);
    }

    /** The ending a stored result record names, when it is a consistent terminal one. */
    private static Optional<Ending> fromStored(ObjectNode result) {
        try {
            SessionState state = SessionState.fromWire(result.path("state").asText());
            FailureMode mode = result.hasNonNull("failureMode")
                    ? FailureMode.fromProtocolWire(result.get("failureMode").asText()) : null;
            if (!state.isTerminal() || state.requiresFailureMode() != (mode != null)
                    || (mode != null && !mode.permits(state))) {
                return Optional.empty();
            }
            Verdict verdict = result.hasNonNull("verdict") ? Verdict.fromWire(result.get("verdict").asText()) : null;
            Integer exitCode = result.path("exitCode").isInt() ? result.get("exitCode").asInt() : null;
            Instant endedAt = result.hasNonNull("endedAt") ? Instant.parse(result.get("endedAt").asText()) : null;
            String reason = result.hasNonNull("reason") ? result.get("reason").asText() : state.wire();
            return Optional.of(new Ending(state, mode, reason, verdict, exitCode, endedAt, result));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> facts(@Nullable SessionHandle h, @Nullable SessionState state,
            @Nullable FailureMode mode) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (h != null) {
            facts.put("repository", h.canonicalRepository() != null ? h.canonicalRepository() : h.repository());
            facts.put("ref", h.ref());
        }
        facts.put("outcome", state == null || !state.isTerminal() ? null : SessionOutcome.of(state, mode).wire());
        facts.put("failureMode", mode == null ? null : mode.protocolWire());
        return facts;
    }

    // ------------------------------------------------------------------ step 4

    private void archiveOrphans(Progress progress) {
        Set<String> live = liveSessions();
        for (Path dir : children(layout.worktreesDir(), progress)) {
            String name = dir.getFileName().toString();
            if (live.contains(name) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<StoredSession> row = store.session(name);
            SessionHandle handle = row.map(StoredSession::handle).orElse(null);
            try {
                RecoveryArchiver.Archived archived = archiver.archive(dir, name, row.map(StoredSession::attempt)
                        .orElse(1), ORPHAN, facts(handle, handle == null ? null : handle.state(),
                        handle == null ? null : handle.failureMode()));
                progress.archived(archived);
                progress.orphans.add(name);
                LOG.atWarn().addKeyValue("event", "workarea-archived").addKeyValue("sessionId", name)
                        .addKeyValue("reason", ORPHAN).addKeyValue("path", archived.dir().toString())
                        .log("archived a workarea no session owns");
            } catch (IOException | RuntimeException e) {
                progress.problem("could not archive " + dir + "; it stays where it is: " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ step 5

    private void destroyPoolMembers(Progress progress) {
        Set<String> live = liveSessions();
        PoolMemberTable table = store.poolMembers();
        for (PoolMemberTable.Row member : table.all()) {
            boolean keep = READY.equals(member.status()) || (ACQUIRED.equals(member.status())
                    && member.acquiredBy() != null && live.contains(member.acquiredBy()));
            if (keep) {
                continue;
            }
            Path path = member.path().toAbsolutePath().normalize();
            boolean inPool = path.startsWith(layout.poolDir());
            if (!inPool) {
                progress.problem("pool member " + member.id() + " points outside " + layout.poolDir()
                        + "; its row is dropped, " + path + " is left alone", null);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                destroyMemberTree(path, progress);
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // the row stays, so the next start tries again
                }
            }
            table.delete(member.id());
            progress.poolMembersDestroyed.add(member.id());
        }
    }

    private void destroyMemberTree(Path path, Progress progress) {
        Optional<Path> mirror = Files.isRegularFile(path.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                ? gitOut(path, "rev-parse", "--path-format=absolute", "--git-common-dir").map(Path::of)
                : Optional.empty();
        mirror.ifPresent(m -> git(m, "worktree", "remove", "--force", "--force", path.toString()));
        try {
            deleteTree(path);
        } catch (IOException e) {
            progress.problem("could not delete pool member " + path + ": " + e.getMessage(), e);
        }
    }

    private void pruneMirrors(Progress progress) {
        for (Path mirror : children(layout.cacheDir(), progress)) {
            if (mirror.getFileName().toString().endsWith(".git") && Files.isDirectory(mirror,
                    LinkOption.NOFOLLOW_LINKS)) {
                if (git(mirror, "worktree", "prune")) {
                    progress.mirrorsPruned++;
                } else {
                    progress.problem("git worktree prune failed in " + mirror, null);
                }
            }
        }
    }

    // ------------------------------------------------------------------ step 6

    private void clearCredentials(Progress progress) {
        for (Path entry : children(layout.runCredDir(), progress)) {
            try {
                deleteTree(entry);
                progress.credentialsRemoved++;
            } catch (IOException e) {
                progress.problem("could not remove " + entry + ": " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private Set<String> liveSessions() {
        return store.nonTerminal().stream().map(StoredSession::sessionId).collect(Collectors.toSet());
    }

    private static List<Path> children(Path dir, Progress progress) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            progress.problem("cannot list " + dir + ": " + e.getMessage(), e);
            return List.of();
        }
    }

    private boolean git(Path cwd, String... args) {
        try {
            return git.run(cwd, List.of(args), GIT_TIMEOUT).ok();
        } catch (GitException e) {
            return false;
        }
    }

    private Optional<String> gitOut(Path cwd, String... args) {
        try {
            var result = git.run(cwd, List.of(args), GIT_TIMEOUT);
            return result.ok() && !result.out().isEmpty() ? Optional.of(result.out()) : Optional.empty();
        } catch (GitException e) {
            return Optional.empty();
        }
    }

    /** Deletes {@code root} and what is under it, never following a symbolic link out of it. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** How one session ends; {@code stored} is the result record it had, when recovery resumes from it. */
    private record Ending(SessionState state, FailureMode mode, String reason, @Nullable Verdict verdict,
            @Nullable Integer exitCode, @Nullable Instant endedAt, @Nullable ObjectNode stored) {
    }

    /** The report under construction. */
    private static final class Progress {
        final List<String> interrupted = new ArrayList<>();
        final List<String> terminated = new ArrayList<>();
        final List<String> finished = new ArrayList<>();
        final List<Long> harnessesStopped = new ArrayList<>();
        final List<Long> pidsLeftAlone = new ArrayList<>();
        final List<Path> archived = new ArrayList<>();
        final List<String> orphans = new ArrayList<>();
        final List<String> poolMembersDestroyed = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int mirrorsPruned;
        int credentialsRemoved;

        void archived(RecoveryArchiver.Archived archive) {
            archived.add(archive.dir());
        }

        void problem(String message, @Nullable Throwable cause) {
            problems.add(message);
            LOG.atError().setCause(cause).addKeyValue("event", "recovery-problem").log(message);
        }

        RecoveryReport report() {
            return new RecoveryReport(interrupted, terminated, finished, harnessesStopped, pidsLeftAlone, archived,
                    orphans, poolMembersDestroyed, mirrorsPruned, credentialsRemoved, problems);
        }
    }
}
