package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.vcs.ChangeRef;
import dev.donmai.contracts.vcs.ChangeRequest;
import dev.donmai.contracts.vcs.CloneMode;
import dev.donmai.contracts.vcs.CloneOptions;
import dev.donmai.contracts.vcs.MergeStrategy;
import dev.donmai.contracts.vcs.PullResult;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.contracts.vcs.RemoteCredential;
import dev.donmai.contracts.vcs.Resolution;
import dev.donmai.contracts.vcs.VcsCapabilities;
import dev.donmai.contracts.vcs.VcsConflicts;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.vcs.VcsWorkspace;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitCredentials;
import dev.donmai.runtime.spi.git.GitException;
import dev.donmai.runtime.spi.git.GitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The {@code git} VCS provider (contracts.md §3.3) over the git CLI: clone ({@code FULL}, {@code SHALLOW},
 * {@code REFERENCE}), record a change as a commit with the attestation's trailers, push the workspace head to a
 * branch, pull a branch with a merge. Expected outcomes are values: a refused push is {@code Rejected}
 * ({@code NON_FAST_FORWARD}, {@code AUTH}, {@code POLICY}); a pull is {@code Clean}, {@code AutoResolved} (files both
 * sides changed that git merged line by line, surfaced with strategy {@code THREE_WAY_TEXT}) or {@code Conflicted}
 * (the merge is left in progress; resolve through {@link #conflicts()}, then {@code recordChange} with no paths
 * concludes it). No pull requests, no merge queue, no native provenance.
 *
 * <p>A {@link RemoteCredential} given to {@code clone} is used only for URLs under its prefix, as an
 * {@code http.<prefix>.extraHeader} in git's environment ({@link GitCredentials}); it is kept in memory for later
 * pushes and pulls of that workspace and never written to disk, argv or a URL. Commits use git's configured
 * identity, else {@code authorName}/{@code authorEmail}. Configuration: see {@link VcsSettings}.
 */
public final class GitVcsProvider implements VcsProvider {

    private final ProviderManifest<VcsCapabilities> manifest;
    private final ProviderScope scope;
    private final VcsSettings settings;
    private final Function<ProviderHost, GitExec> execFactory;
    private final Map<String, RemoteCredential> credentials = new ConcurrentHashMap<>();
    private final GitConflicts conflicts = new GitConflicts(this);
    private volatile Active active;

    private record Active(ProviderHost host, GitExec exec) {
    }

    GitVcsProvider(ProviderManifest<VcsCapabilities> manifest, ProviderScope scope, VcsSettings settings) {
        this(manifest, scope, settings,
                host -> new CliGitExec(settings.gitBinary(), host.threadFactory(), Map.of()));
    }

    /** With another git port (tests record what reaches git through it). */
    GitVcsProvider(ProviderManifest<VcsCapabilities> manifest, ProviderScope scope, VcsSettings settings,
            Function<ProviderHost, GitExec> execFactory) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.execFactory = Objects.requireNonNull(execFactory, "execFactory");
    }

    @Override
    public ProviderManifest<VcsCapabilities> manifest() {
        return manifest;
    }

    @Override
    public ProviderScope scope() {
        return scope;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public synchronized void activate(ProviderHost host, Duration timeout) {
        if (active != null) {
            return;
        }
        GitExec exec = execFactory.apply(Objects.requireNonNull(host, "host"));
        GitRunner git = new GitRunner(exec, Deadline.of("activate", timeout, host.clock()));
        if (!git.run(host.dataDir(), "--version").ok()) {
            throw new ProviderException.OperationFailed("activate", "git-unavailable", false);
        }
        active = new Active(host, exec);
    }

    @Override
    public synchronized void deactivate(Duration timeout) {
        active = null;
        credentials.clear();
    }

    @Override
    public VcsWorkspace clone(String uri, Path destination, CloneOptions options, Duration timeout) {
        Active a = requireActive();
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(options, "options");
        if (uri.isBlank() || uri.startsWith("-")) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "uri");
        }
        Path dst = destination.toAbsolutePath().normalize();
        GitRunner git = runner(a, "clone", timeout);
        RemoteCredential credential = options.credential();
        Map<String, String> env = GitCredentials.forUrl(uri, credential).orElse(Map.of());
        boolean existed = Files.exists(dst);
        return guard(git, () -> {
            prepareDestination(git, dst);
            List<String> args = cloneArgs(uri, dst, options);
            GitResult result = git.withEnv(env).run(dst.getParent(), args);
            if (!result.ok()) {
                cleanUp(dst, existed);
                boolean auth = PushOutcomes.rejection(result).map(r -> r.reason().wire().equals("auth"))
                        .orElse(false);
                throw new ProviderException.OperationFailed(git.verb(), auth ? "auth-failed" : "clone-failed",
                        !auth && !RepositoryLocation.parse(uri).isLocal(),
                        GitException.failed("clone", result.exitCode(), result.stderr()));
            }
            String headRef = headRef(git, dst);
            VcsWorkspace workspace = new VcsWorkspace("vcs-" + UUID.randomUUID(), manifest.id(), dst, headRef);
            if (!env.isEmpty()) {
                credentials.put(workspace.id(), credential);
            }
            return workspace;
        });
    }

    @Override
    public ChangeRef recordChange(VcsWorkspace workspace, ChangeRequest change, Duration timeout) {
        Objects.requireNonNull(change, "change");
        GitRunner git = runner("recordChange", workspace, timeout);
        Path ws = workspace.path();
        List<String> paths = change.paths().stream().map(p -> relativePath(p, "paths")).toList();
        return guard(git, () -> {
            List<String> add = new ArrayList<>(List.of("add", "--all"));
            if (!paths.isEmpty()) {
                add.add("--");
                add.addAll(paths);
            }
            git.require("add-failed", ws, add);
            List<String> commit = new ArrayList<>(identity(git, ws));
            commit.addAll(List.of("commit", "--quiet", "--cleanup=whitespace", "-m", change.fullMessage()));
            if (!paths.isEmpty()) {
                commit.add("--");
                commit.addAll(paths);
            }
            GitResult result = git.run(ws, commit);
            if (!result.ok()) {
                boolean nothing = git.run(ws, "diff", "--cached", "--quiet").ok()
                        && !Files.exists(gitDir(git, ws).resolve("MERGE_HEAD"));
                throw new ProviderException.OperationFailed(git.verb(), nothing ? "nothing-to-commit" : "commit-failed",
                        false, GitException.failed("commit", result.exitCode(), result.stderr()));
            }
            String id = git.require("rev-parse-failed", ws, "rev-parse", "HEAD");
            GitResult branch = git.run(ws, "symbolic-ref", "--quiet", "--short", "HEAD");
            return new ChangeRef(id, branch.ok() && !branch.out().isEmpty() ? branch.out() : null);
        });
    }

    @Override
    public PushResult push(VcsWorkspace workspace, String target, Duration timeout) {
        String ref = remoteBranch(target, "target");
        GitRunner git = runner("push", workspace, timeout);
        return guard(git, () -> {
            GitResult result = git.run(workspace.path(), "push", "--porcelain", "origin", "HEAD:" + ref);
            if (result.ok()) {
                return new PushResult.Pushed(ref);
            }
            return PushOutcomes.rejection(result).<PushResult>map(r -> r).orElseThrow(() ->
                    new ProviderException.OperationFailed(git.verb(), "push-failed", true,
                            GitException.failed("push", result.exitCode(), result.stderr())));
        });
    }

    @Override
    public PullResult pull(VcsWorkspace workspace, String source, Duration timeout) {
        String ref = remoteBranch(source, "source");
        GitRunner git = runner("pull", workspace, timeout);
        Path ws = workspace.path();
        return guard(git, () -> {
            git.require("fetch-failed", ws, "fetch", "--quiet", "origin", ref);
            String theirs = git.require("fetch-failed", ws, "rev-parse", "FETCH_HEAD^{commit}");
            if (git.run(ws, "merge-base", "--is-ancestor", theirs, "HEAD").ok()) {
                return PullResult.CLEAN;
            }
            String base = git.require("unrelated-histories", ws, "merge-base", "HEAD", theirs);
            Set<String> both = changed(git, ws, base, "HEAD");
            both.retainAll(changed(git, ws, base, theirs));
            List<String> merge = new ArrayList<>(identity(git, ws));
            merge.addAll(List.of("merge", "--quiet", "--no-edit", "-m", "Merge " + source, theirs));
            GitResult result = git.run(ws, merge);
            if (result.ok()) {
                if (both.isEmpty()) {
                    return PullResult.CLEAN;
                }
                return new PullResult.AutoResolved(both.stream()
                        .map(p -> new Resolution(p, MergeStrategy.THREE_WAY_TEXT, "merged-cleanly")).toList());
            }
            var unmerged = Unmerged.list(git, ws);
            if (unmerged.isEmpty()) {
                throw new ProviderException.OperationFailed(git.verb(), "merge-failed", false,
                        GitException.failed("merge", result.exitCode(), result.stderr()));
            }
            return new PullResult.Conflicted(unmerged);
        });
    }

    @Override
    public Optional<VcsConflicts> conflicts() {
        return Optional.of(conflicts);
    }

    // ------------------------------------------------------------------ helpers shared with GitConflicts

    /** A runner for a verb on {@code workspace}, with its credential's environment when it has one. */
    GitRunner runner(String verb, VcsWorkspace workspace, Duration timeout) {
        Active a = requireActive();
        Objects.requireNonNull(workspace, "workspace");
        if (!Files.isDirectory(workspace.path())) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_REFERENCE,
                    "workspace");
        }
        GitRunner git = runner(a, verb, timeout);
        RemoteCredential credential = credentials.get(workspace.id());
        if (credential == null) {
            return git;
        }
        GitResult origin = git.run(workspace.path(), "remote", "get-url", "origin");
        return origin.ok() ? git.withEnv(GitCredentials.forUrl(origin.out(), credential).orElse(Map.of())) : git;
    }

    /** Runs a step and lets only {@link ProviderException}s escape (contracts.md §0). */
    static <T> T guard(GitRunner git, Supplier<T> step) {
        try {
            return step.get();
        } catch (ProviderException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, e);
        } catch (RuntimeException e) {
            throw new ProviderException.OperationFailed(git.verb(), "internal-error", false, e);
        }
    }

    /** A workspace-relative path that cannot escape the workspace or pose as an option. */
    static String relativePath(String path, String field) {
        if (path == null || path.startsWith("-") || !isRelativeInside(path)) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
        return path;
    }

    // ------------------------------------------------------------------ internals

    private GitRunner runner(Active a, String verb, Duration timeout) {
        return new GitRunner(a.exec(), Deadline.of(verb, timeout, a.host().clock()));
    }

    private Active requireActive() {
        Active a = active;
        if (a == null) {
            throw new ProviderException.NotActive(null);
        }
        return a;
    }

    private List<String> cloneArgs(String uri, Path dst, CloneOptions options) {
        List<String> args = new ArrayList<>(List.of("clone", "--quiet"));
        String source = uri;
        RepositoryLocation location = RepositoryLocation.parse(uri);
        if (options.branch() != null) {
            args.add("--branch");
            args.add(options.branch());
        }
        if (options.mode() == CloneMode.SHALLOW) {
            args.add("--depth");
            args.add(String.valueOf(options.effectiveDepth().orElse(1)));
            if (location.isLocal()) {
                // git ignores --depth for a plain local path; a file:// URL makes it a real (shallow) fetch.
                source = location.localPath().toUri().toString();
            }
        }
        if (options.mode() == CloneMode.REFERENCE && settings.stateHome() != null) {
            Path mirror = new StateLayout(settings.stateHome()).mirror(location.repoKey());
            if (Files.isDirectory(mirror)) {
                // Objects are copied from the mirror, not fetched; --dissociate keeps the clone independent of a
                // mirror the pool may evict later.
                args.addAll(List.of("--reference-if-able", mirror.toString(), "--dissociate"));
            }
        }
        args.add("--");
        args.add(source);
        args.add(dst.toString());
        return args;
    }

    private static void prepareDestination(GitRunner git, Path dst) {
        try {
            if (Files.exists(dst)) {
                try (Stream<Path> entries = Files.list(dst)) {
                    if (entries.findAny().isPresent()) {
                        throw new ProviderException.ContractViolation(
                                ProviderException.ViolationCode.INVALID_VALUE, "destination");
                    }
                }
            }
            Files.createDirectories(dst.getParent());
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(git.verb(), "io-error", false, new UncheckedIOException(e));
        }
    }

    private static void cleanUp(Path dst, boolean existed) {
        FileTrees.deleteTree(dst);
        if (existed) {
            try {
                Files.createDirectories(dst);
            } catch (IOException e) {
                // The caller's empty directory is gone; the failure it gets matters more.
            }
        }
    }

    private static String headRef(GitRunner git, Path ws) {
        GitResult branch = git.run(ws, "symbolic-ref", "--quiet", "--short", "HEAD");
        if (branch.ok() && !branch.out().isEmpty()) {
            return branch.out();
        }
        return git.require("rev-parse-failed", ws, "rev-parse", "HEAD");
    }

    /** {@code -c user.name/-c user.email} when git has no identity of its own configured for the workspace. */
    private List<String> identity(GitRunner git, Path ws) {
        boolean hasName = git.run(ws, "config", "user.name").ok();
        boolean hasEmail = git.run(ws, "config", "user.email").ok();
        List<String> args = new ArrayList<>();
        if (!hasName) {
            args.addAll(List.of("-c", "user.name=" + settings.authorName()));
        }
        if (!hasEmail) {
            args.addAll(List.of("-c", "user.email=" + settings.authorEmail()));
        }
        return args;
    }

    private static Path gitDir(GitRunner git, Path ws) {
        return Path.of(git.require("rev-parse-failed", ws, "rev-parse", "--path-format=absolute", "--git-dir"));
    }

    private static Set<String> changed(GitRunner git, Path ws, String from, String to) {
        String out = git.require("diff-failed", ws, "diff", "--name-only", "--no-renames", from, to);
        Set<String> paths = new LinkedHashSet<>();
        out.lines().filter(l -> !l.isBlank()).forEach(paths::add);
        return paths;
    }

    private static String remoteBranch(String name, String field) {
        if (name == null || name.isBlank() || name.startsWith("-") || name.contains("..")
                || name.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == ':')) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
        return name.startsWith("refs/") ? name : "refs/heads/" + name;
    }

    private static boolean isRelativeInside(String path) {
        if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")
                || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
