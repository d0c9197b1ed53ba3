package dev.donmai.providers.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One repository of a {@link TckGitFixture}; every operation runs the real {@code git} with the fixture's setup. */
public final class TckGitRepo {

    private final TckGitFixture fixture;
    private final Path path;
    private final boolean bare;

    TckGitRepo(TckGitFixture fixture, Path path, boolean bare) {
        this.fixture = Objects.requireNonNull(fixture, "fixture");
        this.path = Objects.requireNonNull(path, "path");
        this.bare = bare;
    }

    /** The repository directory (the work tree, or the git directory of a bare repository). */
    public Path path() {
        return path;
    }

    /** True for a bare repository. */
    public boolean isBare() {
        return bare;
    }

    /** The location to hand to {@code clone}: the absolute path, which git accepts as a local URL. */
    public String uri() {
        return path.toAbsolutePath().toString();
    }

    /** Runs {@code git args} in this repository and returns its trimmed standard output. */
    public String git(String... args) {
        return fixture.run(path, args);
    }

    /** Writes {@code content} (UTF-8) to {@code relativePath}, creating parent directories; does not stage. */
    public TckGitRepo write(String relativePath, String content) {
        requireWorkTree();
        Path file = resolveInside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath, e);
        }
        return this;
    }

    /** Deletes {@code relativePath} from the work tree; does not stage. */
    public TckGitRepo delete(String relativePath) {
        requireWorkTree();
        try {
            Files.deleteIfExists(resolveInside(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + relativePath, e);
        }
        return this;
    }

    /** Reads a work-tree file as UTF-8. */
    public String read(String relativePath) {
        try {
            return Files.readString(resolveInside(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relativePath, e);
        }
    }

    /** Writes {@code files}, stages everything and commits; returns the new commit id. */
    public String commit(String message, Map<String, String> files) {
        files.forEach(this::write);
        return commitAll(message);
    }

    /** Stages every change in the work tree (additions, edits, deletions) and commits; returns the new commit id. */
    public String commitAll(String message) {
        requireWorkTree();
        git("add", "--all");
        fixture.advanceClock();
        git("commit", "--quiet", "--allow-empty", "--no-verify", "-m", message);
        return head();
    }

    /** The commit id {@code HEAD} points at. */
    public String head() {
        return revParse("HEAD");
    }

    /** The commit id {@code ref} resolves to. */
    public String revParse(String ref) {
        return git("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    }

    /** The checked-out branch's short name. */
    public String currentBranch() {
        return git("symbolic-ref", "--short", "HEAD");
    }

    /** Creates {@code name} at {@code HEAD} without checking it out. */
    public TckGitRepo branch(String name) {
        git("branch", name);
        return this;
    }

    /** Checks out an existing branch or commit. */
    public TckGitRepo checkout(String ref) {
        git("checkout", "--quiet", ref);
        return this;
    }

    /** Creates {@code name} at {@code HEAD} and checks it out. */
    public TckGitRepo checkoutNewBranch(String name) {
        git("checkout", "--quiet", "-b", name);
        return this;
    }

    /** Adds {@code remote} under {@code name}. */
    public TckGitRepo addRemote(String name, TckGitRepo remote) {
        git("remote", "add", name, remote.uri());
        return this;
    }

    /** Pushes {@code refspecs} to {@code remote}. */
    public TckGitRepo push(String remote, String... refspecs) {
        List<String> args = new ArrayList<>(List.of("push", "--quiet", remote));
        args.addAll(List.of(refspecs));
        git(args.toArray(String[]::new));
        return this;
    }

    /** The full message of the commit {@code ref} names. */
    public String message(String ref) {
        return git("log", "-1", "--format=%B", ref).strip();
    }

    /**
     * The trailers of the commit {@code ref} names, key → values in order (a key may repeat, e.g.
     * {@code Co-Authored-By}).
     */
    public Map<String, List<String>> trailers(String ref) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = git("log", "-1", "--format=%(trailers:only,unfold)", ref);
        for (String line : raw.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    /** Tracked files at {@code HEAD}, relative, sorted by git. */
    public List<String> trackedFiles() {
        String raw = git("ls-files");
        return raw.isEmpty() ? List.of() : List.of(raw.split("\n"));
    }

    @Override
    public String toString() {
        return (bare ? "bare " : "") + "git repo " + path;
    }

    private Path resolveInside(String relativePath) {
        Path file = path.resolve(relativePath).normalize();
        if (!file.startsWith(path)) {
            throw new IllegalArgumentException("path escapes the repository: " + relativePath);
        }
        return file;
    }

    private void requireWorkTree() {
        if (bare) {
            throw new IllegalStateException("a bare repository has no work tree");
        }
    }
}
