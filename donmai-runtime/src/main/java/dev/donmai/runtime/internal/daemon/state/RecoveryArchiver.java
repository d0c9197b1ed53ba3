package dev.donmai.runtime.internal.daemon.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.runtime.spi.AtomicFiles;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitException;
import dev.donmai.runtime.spi.git.GitResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a workarea left behind by a dead daemon into {@code <workareas>/<sessionId>-<attempt>/tree} with a
 * {@code manifest.json} beside it (sessions.md §13 archive layout, §15 steps 3–4). Nothing is ever deleted.
 *
 * <p>A linked worktree (its {@code .git} is a file) is handled as the provider's archive release does: its head is
 * kept as {@code refs/archive/<sessionId>/<attempt>} and detached, so a later attempt's {@code switch -C
 * agent/<sessionId>} cannot move it; it is moved with {@code git worktree move} so the mirror follows it, and locked
 * ({@code --reason archived}) so {@code git worktree prune} keeps it. When git cannot move it, a plain rename and
 * {@code git worktree repair} do the same. Any other directory is renamed as it is (a repository of its own, as an
 * acquire without a repository makes, still has its branch and head in the manifest).
 *
 * <p>The manifest is written before the move: a crash in between leaves the directory in place with its archive
 * already named, and the next recovery moves it into that same archive. An archive directory whose {@code tree}
 * exists is never reused; the next free one is {@code <sessionId>-<attempt>~2}, {@code ~3}, … ({@code ~} cannot
 * appear in a session id).
 */
final class RecoveryArchiver {

    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * An archived workarea.
     *
     * @param dir        the archive directory ({@code manifest.json}, {@code tree/})
     * @param branch     the branch the workarea was on, when it was a git worktree on one
     * @param headCommit its head, when it was a git worktree with a commit
     * @param warnings   git steps that failed without stopping the archive
     */
    record Archived(Path dir, @Nullable String branch, @Nullable String headCommit, List<String> warnings) {

        Archived {
            warnings = List.copyOf(warnings);
        }
    }

    private final RecoveryLayout layout;
    private final GitExec git;
    private final Clock clock;

    RecoveryArchiver(RecoveryLayout layout, GitExec git, Clock clock) {
        this.layout = layout;
        this.git = git;
        this.clock = clock;
    }

    /**
     * Archives {@code worktree}.
     *
     * @param facts manifest fields known from state.db ({@code repository}, {@code ref}, {@code outcome},
     *              {@code failureMode}); null values are written as null
     */
    Archived archive(Path worktree, String sessionId, int attempt, String reason, Map<String, String> facts)
            throws IOException {
        Path dir = freeArchiveDir(sessionId, attempt);
        Path tree = dir.resolve("tree");
        AtomicFiles.createPrivateDirectories(dir);
        List<String> warnings = new ArrayList<>();
        Path dotGit = worktree.resolve(".git");
        Optional<Path> mirror = Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)
                ? mirrorOf(worktree) : Optional.empty();
        String branch = null;
        String head = null;
        String archiveRef = null;
        if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            branch = out(git(worktree, "symbolic-ref", "--quiet", "--short", "HEAD"));
            head = out(git(worktree, "rev-parse", "--quiet", "--verify", "HEAD^{commit}"));
            if (head != null && mirror.isPresent()) {
                archiveRef = "refs/archive/" + sessionId + "/" + attempt;
                step(warnings, "update-ref", git(worktree, "update-ref", archiveRef, head));
                step(warnings, "checkout", git(worktree, "checkout", "--quiet", "--detach"));
            }
        }
        writeManifest(dir.resolve("manifest.json"), sessionId, attempt, reason, facts, branch, head, archiveRef);
        if (mirror.isPresent()) {
            moveLinked(mirror.get(), worktree, tree, warnings);
        } else {
            Files.move(worktree, tree);
        }
        return new Archived(dir, branch, head, warnings);
    }

    private void moveLinked(Path mirror, Path worktree, Path tree, List<String> warnings) throws IOException {
        GitResult moved = git(mirror, "worktree", "move", worktree.toString(), tree.toString());
        if (!moved.ok()) {
            moved = git(mirror, "worktree", "move", "--force", "--force", worktree.toString(), tree.toString());
        }
        if (!moved.ok()) {
            warnings.add("worktree-move-failed: " + moved.lastErrorLine());
            Files.move(worktree, tree);
            step(warnings, "worktree-repair", git(mirror, "worktree", "repair", tree.toString()));
        }
        step(warnings, "worktree-lock", git(mirror, "worktree", "lock", "--reason", "archived", tree.toString()));
    }

    private Path freeArchiveDir(String sessionId, int attempt) {
        String base = sessionId + "-" + attempt;
        Path dir = layout.workareasDir().resolve(base);
        for (int n = 2; Files.exists(dir.resolve("tree"), LinkOption.NOFOLLOW_LINKS); n++) {
            dir = layout.workareasDir().resolve(base + "~" + n);
        }
        return dir;
    }

    private void writeManifest(Path file, String sessionId, int attempt, String reason, Map<String, String> facts,
            @Nullable String branch, @Nullable String head, @Nullable String archiveRef) throws IOException {
        JsonNode existing = Files.isRegularFile(file) ? readQuietly(file) : null;
        ObjectNode manifest = existing instanceof ObjectNode o ? o : JSON.createObjectNode();
        putIfAbsent(manifest, "sessionId", sessionId);
        if (!manifest.hasNonNull("attempt")) {
            manifest.put("attempt", attempt);
        }
        putIfAbsent(manifest, "reason", reason);
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            putIfAbsent(manifest, fact.getKey(), fact.getValue());
        }
        putIfAbsent(manifest, "headCommit", head);
        putIfAbsent(manifest, "branch", branch);
        putIfAbsent(manifest, "archiveRef", archiveRef);
        putIfAbsent(manifest, "archivedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        AtomicFiles.writeString(file, JSON.writeValueAsString(manifest) + "\n");
    }

    private Optional<Path> mirrorOf(Path worktree) {
        String dir = out(git(worktree, "rev-parse", "--path-format=absolute", "--git-common-dir"));
        return dir == null || !Files.isDirectory(Path.of(dir)) ? Optional.empty() : Optional.of(Path.of(dir));
    }

    private GitResult git(Path cwd, String... args) {
        try {
            return git.run(cwd, List.of(args), GIT_TIMEOUT);
        } catch (GitException e) {
            return new GitResult(-1, "", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String out(GitResult result) {
        return result.ok() && !result.out().isEmpty() ? result.out() : null;
    }

    private static void step(List<String> warnings, String what, GitResult result) {
        if (!result.ok()) {
            warnings.add(what + "-failed: " + result.lastErrorLine());
        }
    }

    private static JsonNode readQuietly(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    private static void putIfAbsent(ObjectNode node, String field, @Nullable String value) {
        if (node.hasNonNull(field)) {
            return;
        }
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
