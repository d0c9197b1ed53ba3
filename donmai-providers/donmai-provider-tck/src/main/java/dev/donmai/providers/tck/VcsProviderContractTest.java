package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.vcs.ChangeAttestation;
import dev.donmai.contracts.vcs.ChangeProvenance;
import dev.donmai.contracts.vcs.ChangeRef;
import dev.donmai.contracts.vcs.ChangeRequest;
import dev.donmai.contracts.vcs.CloneOptions;
import dev.donmai.contracts.vcs.Conflict;
import dev.donmai.contracts.vcs.ConflictChoice;
import dev.donmai.contracts.vcs.PullResult;
import dev.donmai.contracts.vcs.PushRejectReason;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.contracts.vcs.RemoteCredential;
import dev.donmai.contracts.vcs.Resolution;
import dev.donmai.contracts.vcs.Trailers;
import dev.donmai.contracts.vcs.VcsCapabilities;
import dev.donmai.contracts.vcs.VcsConflicts;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.vcs.VcsWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code vcs} family (contracts.md §6, §3.3), on top of the base checks. The remote is
 * a bare git repository the kit builds with {@link TckGitFixture}: {@code main} holds {@code README.md} and
 * {@code shared.txt}; {@code feature} adds {@code feature.txt}. The kit reads results back with the git CLI, so a
 * non-git VCS needs its own fixture.
 *
 * @param <P> the provider type
 */
public abstract class VcsProviderContractTest<P extends VcsProvider> extends ProviderContractTest<P, VcsCapabilities> {

    /** A token that must never reach the disk. */
    protected static final String TOKEN = "tck-remote-token-91b7";

    private TckGitRepo remote;

    @Override
    protected Class<?> familyType() {
        return VcsProvider.class;
    }

    @Override
    protected List<FacetCheck<P, VcsCapabilities>> facets() {
        return List.of(
                FacetCheck.of("proposals", "hasPullRequests", VcsCapabilities::hasPullRequests,
                        VcsProvider::proposals),
                FacetCheck.of("mergeQueue", "hasMergeQueue", VcsCapabilities::hasMergeQueue, VcsProvider::mergeQueue),
                FacetCheck.of("conflicts", "conflictGranularity != NONE", VcsCapabilities::surfacesConflicts,
                        VcsProvider::conflicts),
                FacetCheck.of("attestor", "provenanceNative", VcsCapabilities::provenanceNative,
                        VcsProvider::attestor));
    }

    /** The clone options every check uses, before the kit sets a branch. */
    protected CloneOptions cloneOptions() {
        return CloneOptions.full();
    }

    @BeforeEach
    final void buildRemote() {
        // Fail, not skip: without git these conformance checks cannot run, and a skip would read as "fine".
        if (!TckGitFixture.gitAvailable()) {
            org.junit.jupiter.api.Assertions.fail("the git command line must be on PATH: the kit builds its fixture "
                    + "repositories with it");
        }
        TckGitFixture git = closeAfterTest(TckGitFixture.create());
        TckGitRepo seed = git.initWithCommit("seed", Map.of("README.md", "# remote\n", "shared.txt",
                "line one\nline two\nline three\n"));
        seed.checkoutNewBranch("feature").commit("feature work", Map.of("feature.txt", "feature\n"));
        seed.checkout(TckGitFixture.DEFAULT_BRANCH);
        remote = git.bare("remote.git");
        seed.addRemote("origin", remote).push("origin", "main", "feature");
        // A bare repository made by init points HEAD at the default branch name, so clones check out main.
        remote.git("symbolic-ref", "HEAD", "refs/heads/" + TckGitFixture.DEFAULT_BRANCH);
    }

    /** The bare remote of this test. */
    protected final TckGitRepo remote() {
        return remote;
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.clone(remote.uri(), scratchDir("clone").resolve("ws"), cloneOptions(), verbTimeout());
    }

    // ---------------------------------------------------------------- clone and record

    @Test
    @DisplayName("[3.3] clone checks out the remote's default branch, or the requested one, as headRef")
    void cloneChecksOutHeadRef() {
        P provider = activeProvider();
        Path dst = scratchDir("clone").resolve("default");
        VcsWorkspace ws = clone(provider, dst, cloneOptions());
        assertThat(ws.headRef()).as("headRef of a default clone").isEqualTo(TckGitFixture.DEFAULT_BRANCH);
        assertThat(ws.path()).as("workspace path").isAbsolute();
        assertThat(ws.path().toAbsolutePath().normalize()).isEqualTo(dst.toAbsolutePath().normalize());
        assertThat(ws.providerId()).isEqualTo(provider.manifest().id());
        assertThat(ws.path().resolve("README.md")).as("README.md on main").exists();
        assertThat(ws.path().resolve("feature.txt")).as("feature.txt is not on main").doesNotExist();

        VcsWorkspace feature = clone(provider, scratchDir("clone").resolve("feature"),
                cloneOptions().withBranch("feature"));
        assertThat(feature.headRef()).as("headRef of a feature clone").isEqualTo("feature");
        assertThat(feature.path().resolve("feature.txt")).as("feature.txt on feature").exists();
    }

    @Test
    @DisplayName("[3.3] an attested change carries the trailers, in order; paths limit what is recorded")
    void attestedChangeCarriesTrailers() {
        P provider = activeProvider();
        VcsWorkspace ws = clone(provider, scratchDir("clone").resolve("ws"), cloneOptions());
        write(ws.path().resolve("included.txt"), "in\n");
        write(ws.path().resolve("excluded.txt"), "out\n");
        ChangeAttestation attestation = new ChangeAttestation("tck-session-1",
                List.of("Ada <ada@tck.invalid>", "Bob <bob@tck.invalid>"), List.of("java@1.0.0", "maven@2.0.0"),
                "0123abcd", "tck-model");
        ChangeRef change = VerbCalls.call("recordChange", verbTimeout(), () -> provider.recordChange(ws,
                new ChangeRequest("TCK change", List.of("included.txt"), attestation), verbTimeout()));
        assertThat(change.id()).as("change id").isNotBlank();
        PushResult pushed = push(provider, ws, "agent/tck-session-1");
        assertThat(pushed).as("push to a new branch").isInstanceOf(PushResult.Pushed.class);
        String branch = "agent/tck-session-1";
        assertThat(remote.revParse(branch)).as("remote branch head").isEqualTo(change.id());
        String message = remote.message(branch);
        assertThat(message).as("message").startsWith("TCK change");
        assertThat(Trailers.parse(message)).as("trailers in order").containsExactlyElementsOf(attestation.trailers());
        List<String> files = List.of(remote.git("ls-tree", "--name-only", branch).split("\n"));
        assertThat(files).as("files on the pushed branch").contains("included.txt").doesNotContain("excluded.txt");
    }

    @Test
    @DisplayName("[3.3] a push after the remote moved on is Rejected(NON_FAST_FORWARD), a value")
    void divergedPushIsRejected() {
        P provider = activeProvider();
        VcsWorkspace a = clone(provider, scratchDir("clone").resolve("a"), cloneOptions());
        VcsWorkspace b = clone(provider, scratchDir("clone").resolve("b"), cloneOptions());
        write(a.path().resolve("a.txt"), "a\n");
        record(provider, a, "from a");
        assertThat(push(provider, a, "main")).as("first push").isInstanceOf(PushResult.Pushed.class);
        write(b.path().resolve("b.txt"), "b\n");
        record(provider, b, "from b");
        PushResult second = push(provider, b, "main");
        assertThat(second).as("diverged push").isInstanceOf(PushResult.Rejected.class);
        assertThat(((PushResult.Rejected) second).reason()).isEqualTo(PushRejectReason.NON_FAST_FORWARD);
    }

    @Test
    @DisplayName("[3.3] a pull of overlapping edits is Conflicted or AutoResolved, never silently Clean")
    void overlappingPullIsSurfaced() {
        P provider = activeProvider();
        VcsWorkspace a = clone(provider, scratchDir("clone").resolve("a"), cloneOptions());
        VcsWorkspace b = clone(provider, scratchDir("clone").resolve("b"), cloneOptions());
        write(a.path().resolve("shared.txt"), "line one\nline TWO from a\nline three\n");
        record(provider, a, "a edits line two");
        assertThat(push(provider, a, "main")).isInstanceOf(PushResult.Pushed.class);
        write(b.path().resolve("shared.txt"), "line one\nline 2 from b\nline three\n");
        record(provider, b, "b edits line two");
        PullResult result = VerbCalls.call("pull", verbTimeout(), () -> provider.pull(b, "main", verbTimeout()));
        assertThat(result).as("pull of overlapping edits").isNotInstanceOf(PullResult.Clean.class);
        if (result instanceof PullResult.Conflicted conflicted) {
            assertThat(conflicted.conflicts()).extracting(Conflict::path).contains("shared.txt");
            provider.conflicts().ifPresent(facet -> resolveThroughFacet(facet, b));
        } else {
            assertThat(((PullResult.AutoResolved) result).resolutions()).extracting(Resolution::path)
                    .as("auto-resolutions are surfaced").contains("shared.txt");
        }
    }

    @Test
    @DisplayName("[3.3] a pull of disjoint edits is Clean and brings the remote's change")
    void disjointPullIsClean() {
        P provider = activeProvider();
        VcsWorkspace a = clone(provider, scratchDir("clone").resolve("a"), cloneOptions());
        VcsWorkspace b = clone(provider, scratchDir("clone").resolve("b"), cloneOptions());
        write(a.path().resolve("from-a.txt"), "a\n");
        record(provider, a, "a adds a file");
        assertThat(push(provider, a, "main")).isInstanceOf(PushResult.Pushed.class);
        write(b.path().resolve("from-b.txt"), "b\n");
        record(provider, b, "b adds another file");
        PullResult result = VerbCalls.call("pull", verbTimeout(), () -> provider.pull(b, "main", verbTimeout()));
        assertThat(result).as("pull of disjoint edits").isInstanceOf(PullResult.Clean.class);
        assertThat(b.path().resolve("from-a.txt")).as("the remote's file after pull").exists();
        assertThat(push(provider, b, "main")).as("push after pull").isInstanceOf(PushResult.Pushed.class);
    }

    @Test
    @DisplayName("[3.3] a remote credential never reaches the disk")
    void credentialNeverOnDisk() throws IOException {
        P provider = activeProvider();
        RemoteCredential credential = new RemoteCredential("https://git.tck.invalid/org", Secret.of(TOKEN),
                Instant.now().plusSeconds(3600));
        VcsWorkspace ws = clone(provider, scratchDir("clone").resolve("ws"),
                cloneOptions().withCredential(credential));
        try (Stream<Path> files = Files.walk(ws.path())) {
            List<Path> leaking = files.filter(Files::isRegularFile).filter(VcsProviderContractTest::containsToken)
                    .toList();
            assertThat(leaking).as("files holding the token").isEmpty();
        }
        assertThat(host().logger().lines()).as("log lines").noneMatch(l -> l.message().contains(TOKEN));
    }

    @Test
    @DisplayName("[3.3] native provenance attests a change and publishes vcs-attestation")
    void attestorAttests() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().provenanceNative(), "provenanceNative is false");
        VcsWorkspace ws = clone(provider, scratchDir("clone").resolve("ws"), cloneOptions());
        write(ws.path().resolve("x.txt"), "x\n");
        ChangeRef change = record(provider, ws, "attested");
        ChangeProvenance provenance = VerbCalls.call("attest", verbTimeout(), () -> provider.attestor().orElseThrow()
                .attest(ws, change, ChangeAttestation.ofSession("tck-session-2"), verbTimeout()));
        assertThat(provenance.changeId()).isEqualTo(change.id());
        assertThat(VerbCalls.call("provenance", verbTimeout(),
                () -> provider.attestor().orElseThrow().provenance(ws, change, verbTimeout()))).contains(provenance);
        assertThat(host().familyEvents()).extracting(ProviderHookEvent.FamilyEvent::familyKind)
                .contains(FamilyEventKind.VCS_ATTESTATION);
    }

    // ---------------------------------------------------------------- helpers

    /** Clones this test's remote through {@link VerbCalls}. */
    protected final VcsWorkspace clone(P provider, Path destination, CloneOptions options) {
        VcsWorkspace ws = VerbCalls.call("clone", verbTimeout(),
                () -> provider.clone(remote.uri(), destination, options, verbTimeout()));
        assertThat(ws).as("clone result").isNotNull();
        return ws;
    }

    /** Records every change in the workspace through {@link VerbCalls}. */
    protected final ChangeRef record(P provider, VcsWorkspace ws, String message) {
        return VerbCalls.call("recordChange", verbTimeout(),
                () -> provider.recordChange(ws, new ChangeRequest(message, List.of(), null), verbTimeout()));
    }

    /** Pushes through {@link VerbCalls}. */
    protected final PushResult push(P provider, VcsWorkspace ws, String target) {
        PushResult result = VerbCalls.call("push", verbTimeout(), () -> provider.push(ws, target, verbTimeout()));
        assertThat(result).as("push result").isNotNull();
        return result;
    }

    private void resolveThroughFacet(VcsConflicts facet, VcsWorkspace ws) {
        List<Conflict> listed = VerbCalls.call("conflicts.list", verbTimeout(), () -> facet.list(ws, verbTimeout()));
        assertThat(listed).extracting(Conflict::path).as("conflicts().list").contains("shared.txt");
        VerbCalls.run("conflicts.resolve", verbTimeout(),
                () -> facet.resolve(ws, "shared.txt", ConflictChoice.OURS, verbTimeout()));
        assertThat(VerbCalls.call("conflicts.list", verbTimeout(), () -> facet.list(ws, verbTimeout())))
                .extracting(Conflict::path).as("conflicts after resolving").doesNotContain("shared.txt");
    }

    private static boolean containsToken(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating parent directories. */
    protected static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
