package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.vcs.ChangeAttestation;
import dev.donmai.contracts.vcs.ChangeProvenance;
import dev.donmai.contracts.vcs.ChangeRef;
import dev.donmai.contracts.vcs.ChangeRequest;
import dev.donmai.contracts.vcs.CloneOptions;
import dev.donmai.contracts.vcs.Conflict;
import dev.donmai.contracts.vcs.ConflictChoice;
import dev.donmai.contracts.vcs.ConflictGranularity;
import dev.donmai.contracts.vcs.IdentityScheme;
import dev.donmai.contracts.vcs.PullResult;
import dev.donmai.contracts.vcs.PushRejectReason;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.contracts.vcs.VcsAttestor;
import dev.donmai.contracts.vcs.VcsCapabilities;
import dev.donmai.contracts.vcs.VcsConflicts;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.vcs.VcsWorkspace;
import dev.donmai.providers.tck.TckGitFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A VCS provider on the git command line, run through {@link TckGitFixture} (fixed identity, no user
 * configuration). Credentials are accepted and never used or stored: the fake only reaches local remotes. Native
 * provenance is a SHA-256 "signature" kept in memory.
 */
public final class FakeVcsProvider extends FakeProvider<VcsCapabilities> implements VcsProvider {

    private final Map<String, ChangeProvenance> provenance = new HashMap<>();
    private long counter;
    private TckGitFixture git;

    FakeVcsProvider(ProviderManifest<VcsCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    protected synchronized void onActivate(ProviderHost host) {
        git = TckGitFixture.at(host.dataDir().resolve("fake-vcs"));
    }

    @Override
    public synchronized VcsWorkspace clone(String uri, Path destination, CloneOptions options, Duration timeout) {
        enter("clone");
        Path dst = destination.toAbsolutePath().normalize();
        if (Files.exists(dst) && !isEmptyDir(dst)) {
            throw new ProviderException.OperationFailed("clone", "destination-not-empty", false);
        }
        List<String> args = new ArrayList<>(List.of("clone", "--quiet"));
        if (options.branch() != null) {
            args.addAll(List.of("--branch", options.branch()));
        }
        options.effectiveDepth().ifPresent(depth -> args.addAll(List.of("--depth", String.valueOf(depth),
                "--no-local")));
        args.addAll(List.of(uri, dst.toString()));
        mkdirs(dst.getParent());
        TckGitFixture.GitResult result = git.exec(dst.getParent(), args.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new ProviderException.OperationFailed("clone", "clone-failed", true);
        }
        String head = git.run(dst, "rev-parse", "--abbrev-ref", "HEAD").strip();
        return new VcsWorkspace("fake-ws-" + (++counter), manifest().id(), dst, head);
    }

    @Override
    public synchronized ChangeRef recordChange(VcsWorkspace ws, ChangeRequest change, Duration timeout) {
        enter("recordChange");
        if (change.paths().isEmpty()) {
            git.run(ws.path(), "add", "--all");
        } else {
            List<String> args = new ArrayList<>(List.of("add", "--all", "--"));
            args.addAll(change.paths());
            git.run(ws.path(), args.toArray(String[]::new));
        }
        TckGitFixture.GitResult commit = git.exec(ws.path(), "commit", "--quiet", "--no-verify", "-m",
                change.fullMessage());
        if (commit.exitCode() != 0) {
            throw new ProviderException.OperationFailed("recordChange", "nothing-to-record", false);
        }
        String id = git.run(ws.path(), "rev-parse", "HEAD").strip();
        String branch = git.run(ws.path(), "rev-parse", "--abbrev-ref", "HEAD").strip();
        return new ChangeRef(id, "HEAD".equals(branch) ? null : branch);
    }

    @Override
    public synchronized PushResult push(VcsWorkspace ws, String target, Duration timeout) {
        enter("push");
        String ref = "refs/heads/" + target;
        TckGitFixture.GitResult result = git.exec(ws.path(), "push", "--porcelain", "origin", "HEAD:" + ref);
        if (result.exitCode() == 0) {
            return new PushResult.Pushed(ref);
        }
        String said = (result.stdout() + "\n" + result.stderr()).toLowerCase(Locale.ROOT);
        if (said.contains("non-fast-forward") || said.contains("fetch first") || said.contains("[rejected]")) {
            return new PushResult.Rejected(PushRejectReason.NON_FAST_FORWARD, "the remote has changes not in the workspace");
        }
        if (said.contains("hook declined") || said.contains("protected")) {
            return new PushResult.Rejected(PushRejectReason.POLICY, null);
        }
        if (said.contains("authentication") || said.contains("permission denied")) {
            return new PushResult.Rejected(PushRejectReason.AUTH, null);
        }
        throw new ProviderException.OperationFailed("push", "push-failed", true);
    }

    @Override
    public synchronized PullResult pull(VcsWorkspace ws, String source, Duration timeout) {
        enter("pull");
        if (git.exec(ws.path(), "fetch", "--quiet", "origin", source).exitCode() != 0) {
            throw new ProviderException.OperationFailed("pull", "fetch-failed", true);
        }
        TckGitFixture.GitResult merge = git.exec(ws.path(), "merge", "--no-edit", "--quiet", "FETCH_HEAD");
        if (merge.exitCode() == 0) {
            return PullResult.CLEAN;
        }
        List<Conflict> conflicts = unresolved(ws);
        if (conflicts.isEmpty()) {
            throw new ProviderException.OperationFailed("pull", "merge-failed", false);
        }
        return new PullResult.Conflicted(conflicts);
    }

    @Override
    public Optional<VcsConflicts> conflicts() {
        return Optional.of(new VcsConflicts() {
            @Override
            public List<Conflict> list(VcsWorkspace workspace, Duration timeout) {
                synchronized (FakeVcsProvider.this) {
                    enter("conflicts.list");
                    return unresolved(workspace);
                }
            }

            @Override
            public void resolve(VcsWorkspace workspace, String path, ConflictChoice choice, Duration timeout) {
                synchronized (FakeVcsProvider.this) {
                    enter("conflicts.resolve");
                    if (choice != ConflictChoice.EDITED) {
                        git.run(workspace.path(), "checkout", choice == ConflictChoice.OURS ? "--ours" : "--theirs",
                                "--", path);
                    }
                    git.run(workspace.path(), "add", "--", path);
                }
            }
        });
    }

    @Override
    public Optional<VcsAttestor> attestor() {
        return Optional.of(new VcsAttestor() {
            @Override
            public ChangeProvenance attest(VcsWorkspace workspace, ChangeRef change, ChangeAttestation attestation,
                    Duration timeout) {
                synchronized (FakeVcsProvider.this) {
                    ProviderHost host = enter("attest");
                    ChangeProvenance p = new ChangeProvenance(change.id(), IdentityScheme.EMAIL,
                            TckGitFixture.AUTHOR_EMAIL, sha256(change.id() + "\n" + attestation.sessionId()),
                            now(host));
                    provenance.put(change.id(), p);
                    publish(host, FamilyEventKind.VCS_ATTESTATION, Map.of("changeId", change.id(), "sessionId",
                            attestation.sessionId()));
                    return p;
                }
            }

            @Override
            public Optional<ChangeProvenance> provenance(VcsWorkspace workspace, ChangeRef change, Duration timeout) {
                synchronized (FakeVcsProvider.this) {
                    enter("provenance");
                    return Optional.ofNullable(provenance.get(change.id()));
                }
            }
        });
    }

    private List<Conflict> unresolved(VcsWorkspace ws) {
        String names = git.run(ws.path(), "diff", "--name-only", "--diff-filter=U");
        List<Conflict> conflicts = new ArrayList<>();
        for (String name : names.split("\n")) {
            if (!name.isBlank()) {
                conflicts.add(new Conflict(name.strip(), ConflictGranularity.LINE, "both-modified"));
            }
        }
        return conflicts;
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
