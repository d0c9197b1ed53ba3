package dev.donmai.providers.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.workarea.ReleaseMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The {@code archive} release (sessions.md §13): keep the workarea's head as {@code refs/archive/<sessionId>/<attempt>}
 * and detach (so a later attempt's {@code switch -C agent/<sessionId>} cannot move the archived tree), move the tree
 * to {@code workareas/<sessionId>-<attempt>/tree}, lock it ({@code --reason archived}), and write
 * {@code manifest.json} there. The attempt is the {@link ReleaseMode.Archive} label when that is a positive number,
 * else 1 (contracts carry no attempt on a workarea; the engine passes it as the label).
 *
 * <p>The manifest holds {@code sessionId, attempt, repository, ref, baseCommit, headCommit, branch, outcome,
 * failureMode, archivedAt} plus {@code archiveRef}. The engine writes the same file first (sessions.md §3 step 11)
 * and knows the outcome; values already in the file are kept and only missing ones are filled in.
 */
final class Archiver {

    private static final Pattern ATTEMPT = Pattern.compile("^[1-9][0-9]{0,8}$");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StateLayout layout;

    Archiver(StateLayout layout) {
        this.layout = layout;
    }

    /** The attempt an archive release names. */
    static int attemptOf(ReleaseMode.Archive archive) {
        return archive.labelIfAny().filter(l -> ATTEMPT.matcher(l).matches()).map(Integer::parseInt).orElse(1);
    }

    /** Archives {@code live}; returns the archive directory. */
    Path archive(GitRunner git, LiveWorkarea live, int attempt, Instant now) {
        Path dir = layout.archive(live.sessionId(), attempt);
        Path tree = dir.resolve("tree");
        if (Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProviderException.OperationFailed(git.verb(), "archive-exists", false);
        }
        if (!Files.isDirectory(live.path())) {
            throw new ProviderException.OperationFailed(git.verb(), "workarea-missing", false);
        }
        String head = git.require("rev-parse-failed", live.path(), "rev-parse", "HEAD");
        String archiveRef = "refs/archive/" + live.sessionId() + "/" + attempt;
        git.require("update-ref-failed", live.path(), "update-ref", archiveRef, head);
        git.require("checkout-failed", live.path(), "checkout", "--quiet", "--detach");
        try {
            Files.createDirectories(dir);
            if (live.standalone()) {
                Files.move(live.path(), tree, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Worktrees.move(git, live.mirror(), live.path(), tree);
                git.require("worktree-lock-failed", live.mirror(), "worktree", "lock", "--reason", "archived",
                        tree.toString());
            }
            writeManifest(dir.resolve("manifest.json"), live, attempt, head, archiveRef, now);
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, new UncheckedIOException(e));
        }
        return dir;
    }

    private static void writeManifest(Path file, LiveWorkarea live, int attempt, String head, String archiveRef,
            Instant now) throws IOException {
        ObjectNode manifest = Files.isRegularFile(file) && JSON.readTree(file.toFile()) instanceof ObjectNode existing
                ? existing : JSON.createObjectNode();
        putIfAbsent(manifest, "sessionId", live.sessionId());
        if (!manifest.hasNonNull("attempt")) {
            manifest.put("attempt", attempt);
        }
        putIfAbsent(manifest, "repository", live.repo() == null ? null : live.repo().canonical());
        putIfAbsent(manifest, "ref", live.ref());
        putIfAbsent(manifest, "baseCommit", live.baseCommit());
        putIfAbsent(manifest, "headCommit", head);
        putIfAbsent(manifest, "branch", live.branch());
        putIfAbsent(manifest, "outcome", null);
        putIfAbsent(manifest, "failureMode", null);
        putIfAbsent(manifest, "archivedAt", now.toString());
        putIfAbsent(manifest, "archiveRef", archiveRef);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), manifest);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void putIfAbsent(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            if (value == null) {
                if (!node.has(field)) {
                    node.putNull(field);
                }
            } else {
                node.put(field, value);
            }
        }
    }
}
