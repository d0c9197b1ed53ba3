package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionSource;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.internal.daemon.state.OutboxEntry;
import dev.donmai.runtime.internal.daemon.state.PoolMemberTable;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.daemon.state.StoredSession;
import dev.donmai.runtime.spi.AtomicFiles;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.process.GroupProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash recovery at daemon start (sessions.md §15, D16), in state {@code recovering}. Idempotent: a crash during
 * recovery just repeats it. Nothing is silently lost: every non-terminal row ends terminal with a result record,
 * orphaned harness groups are killed (only when pid and start instant both match), every workarea left behind is
 * archived, never deleted.
 */
final class StartupRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);
    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);

    /** What recovery did, for the log and the tests. */
    record Report(int interrupted, int terminated, int harnessesKilled, int workareasArchived, int poolMembersDropped) {
    }

    private final StateStore store;
    private final Path home;
    private final Path worktrees;
    private final Duration killGrace;
    private final Clock clock;
    private final GitExec git;

    StartupRecovery(StateStore store, Path home, Path worktrees, Duration killGrace, Clock clock) {
        this.store = store;
        this.home = home;
        this.worktrees = worktrees;
        this.killGrace = killGrace;
        this.clock = clock;
        this.git = new CliGitExec();
    }

    Report run() {
        int interrupted = 0;
        int terminated = 0;
        int killed = 0;
        Map<String, String> reasons = new HashMap<>();
        for (StoredSession row : store.nonTerminal()) {
            if (killOrphan(row)) {
                killed++;
            }
            Instant now = clock.instant();
            boolean stopped = row.stopMode().isPresent();
            FailureMode mode = row.stopMode().orElse(FailureMode.CRASH);
            SessionState state = stopped ? SessionState.TERMINATED : SessionState.INTERRUPTED;
            String reason = stopped ? mode.controlWire() : "daemon-restart";
            reasons.put(row.sessionId(), reason);
            String result = resultRecord(row, state, mode, reason, now);
            store.recover(row.sessionId(), state, mode, now, result, reports(row, result, now));
            if (stopped) {
                terminated++;
            } else {
                interrupted++;
            }
            LOG.atWarn().addKeyValue("event", "session-recovered").addKeyValue("sessionId", row.sessionId())
                    .addKeyValue("state", state.wire()).addKeyValue("reason", reason).log("session recovered");
        }
        int archived = archiveWorktrees(reasons);
        pruneMirrors();
        int dropped = dropPoolMembers();
        clearCredentialSockets();
        Report report = new Report(interrupted, terminated, killed, archived, dropped);
        LOG.atInfo().addKeyValue("event", "recovery-done").addKeyValue("interrupted", interrupted)
                .addKeyValue("terminated", terminated).addKeyValue("harnessesKilled", killed)
                .addKeyValue("workareasArchived", archived).log("recovery done");
        return report;
    }

    /** Step 1: a recorded harness still running with the recorded start instant is stopped (group TERM, KILL). */
    private boolean killOrphan(StoredSession row) {
        if (row.pid().isEmpty() || row.processStart().isEmpty()) {
            return false;
        }
        Optional<GroupProcess> orphan = GroupProcess.attach(row.pid().get(), row.processStart().get());
        if (orphan.isEmpty()) {
            return false;
        }
        LOG.atWarn().addKeyValue("event", "orphan-harness").addKeyValue("sessionId", row.sessionId())
                .addKeyValue("pid", row.pid().get()).log("stopping a harness left running by a crashed daemon");
        orphan.get().stop(killGrace);
        return true;
    }

    private static String resultRecord(StoredSession row, SessionState state, FailureMode mode, String reason,
            Instant now) {
        ObjectNode result = Json.object();
        result.put("schemaVersion", 1);
        result.put("sessionId", row.sessionId());
        result.put("attempt", row.attempt());
        result.put("source", row.source().wire());
        result.put("state", state.wire());
        result.put("failureMode", mode.controlWire());
        result.put("reason", reason);
        result.put("summary", "the daemon restarted while this session was " + row.handle().state().wire());
        if (row.handle().harness() != null) {
            result.put("harness", row.handle().harness());
        }
        if (row.handle().startedAt() != null) {
            result.put("startedAt", Json.time(row.handle().startedAt()));
        }
        result.put("endedAt", Json.time(now));
        result.putArray("warnings").add("recovered at daemon start");
        return result.toString();
    }

    /** Completion and status reports for orchestrator sessions; control-API sessions have nobody to tell. */
    private static List<OutboxEntry> reports(StoredSession row, String result, Instant now) {
        List<OutboxEntry> out = new ArrayList<>();
        if (row.source() == SessionSource.ORCHESTRATOR) {
            String key = row.sessionId() + ":" + row.attempt();
            out.add(OutboxEntry.pending("completion", row.sessionId(), key + ":completion", result, now));
            out.add(OutboxEntry.pending("status", row.sessionId(), key + ":status", result, now));
        }
        return out;
    }

    /** Steps 3–4: every directory under the worktrees root is archived (no session is live at start). */
    private int archiveWorktrees(Map<String, String> reasons) {
        if (!Files.isDirectory(worktrees)) {
            return 0;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(worktrees)) {
            dirs = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int archived = 0;
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            String reason = reasons.getOrDefault(name, "orphan");
            int attempt = store.session(name).map(StoredSession::attempt).orElse(1);
            try {
                archive(dir, name, attempt, reason);
                archived++;
            } catch (IOException | RuntimeException e) {
                LOG.atError().setCause(e).addKeyValue("event", "archive-failed").addKeyValue("path", dir.toString())
                        .log("could not archive a workarea left behind; it stays where it is");
            }
        }
        return archived;
    }

    private void archive(Path dir, String sessionId, int attempt, String reason) throws IOException {
        Path target = home.resolve("workareas").resolve(sessionId + "-" + attempt);
        for (int n = 2; Files.exists(target.resolve("tree")); n++) {
            target = home.resolve("workareas").resolve(sessionId + "-" + attempt + "-" + n);
        }
        AtomicFiles.createPrivateDirectories(target);
        Path tree = target.resolve("tree");
        boolean linked = Files.isRegularFile(dir.resolve(".git"));
        if (linked) {
            git.run(dir, List.of("worktree", "unlock", dir.toString()), GIT_TIMEOUT);
            if (!git.run(dir, List.of("worktree", "move", dir.toString(), tree.toString()), GIT_TIMEOUT).ok()) {
                Files.move(dir, tree);
            }
        } else {
            Files.move(dir, tree);
        }
        ObjectNode manifest = Json.object();
        manifest.put("sessionId", sessionId);
        manifest.put("attempt", attempt);
        manifest.put("reason", reason);
        manifest.put("archivedAt", Json.time(clock.instant()));
        store.session(sessionId).ifPresent(s -> {
            if (s.handle().repository() != null) {
                manifest.put("repository", s.handle().repository());
            }
            if (s.handle().ref() != null) {
                manifest.put("ref", s.handle().ref());
            }
        });
        AtomicFiles.writeString(target.resolve("manifest.json"), manifest.toPrettyString() + "\n");
        LOG.atInfo().addKeyValue("event", "workarea-archived").addKeyValue("sessionId", sessionId)
                .addKeyValue("reason", reason).log("archived a workarea left behind");
    }

    /** Step 5a: {@code git worktree prune} per mirror, so moved or vanished worktrees leave no stale entries. */
    private void pruneMirrors() {
        Path cache = home.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> mirrors = Files.list(cache)) {
            mirrors.filter(p -> p.getFileName().toString().endsWith(".git") && Files.isDirectory(p))
                    .forEach(mirror -> git.run(mirror, List.of("worktree", "prune"), GIT_TIMEOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 5b: members acquired by no live session, warming or releasing are destroyed; ready ones stay. */
    private int dropPoolMembers() {
        PoolMemberTable table = store.poolMembers();
        int dropped = 0;
        for (PoolMemberTable.Row row : table.all()) {
            if (row.status().equals("ready")) {
                continue;
            }
            deleteTree(row.path());
            table.delete(row.id());
            dropped++;
        }
        return dropped;
    }

    /** Step 6: credential sockets of the sessions that died with the daemon. */
    private void clearCredentialSockets() {
        Path cred = home.resolve("run").resolve("cred");
        if (Files.isDirectory(cred)) {
            try (Stream<Path> sockets = Files.list(cred)) {
                sockets.forEach(StartupRecovery::deleteTree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.atWarn().setCause(e).addKeyValue("event", "delete-failed").addKeyValue("path", root.toString())
                    .log("could not delete");
        }
    }
}
