package dev.donmai.providers.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The clean-state checksum (sessions.md §13): SHA-256 of {@code donmai-clean-v1\n<HEAD tree oid>\n<toolchainKey>\n},
 * valid only while {@code git status --porcelain -uall} is empty (ignored files allowed). Same tree and toolchain,
 * same checksum: no per-file hashing, because git's tree id already covers every tracked file, lockfiles included.
 */
final class CleanState {

    private CleanState() {
    }

    /** The checksum of {@code treeOid} with {@code toolchainKey}. */
    static String checksum(String treeOid, String toolchainKey) {
        String input = "donmai-clean-v1\n" + treeOid + "\n" + toolchainKey + "\n";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** The tree of {@code commit}, read in any repository that has it (e.g. the mirror). */
    static String treeOf(GitRunner git, Path repository, String commit) {
        return git.require("tree-unreadable", repository, "rev-parse", "--verify", commit + "^{tree}");
    }

    /**
     * The checksum of the worktree at {@code path} when it is clean, else empty. Clean = no output from
     * {@code git status --porcelain -uall} (tracked changes and untracked files count; ignored files do not).
     */
    static Optional<String> measure(GitRunner git, Path path, String toolchainKey) {
        String status = git.require("status-failed", path, "status", "--porcelain", "-uall");
        if (!status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(checksum(git.require("tree-unreadable", path, "rev-parse", "HEAD^{tree}"), toolchainKey));
    }
}
