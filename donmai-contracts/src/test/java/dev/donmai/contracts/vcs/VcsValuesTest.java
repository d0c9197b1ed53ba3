package dev.donmai.contracts.vcs;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.Secret;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VcsValuesTest {

    private static final Instant EXPIRY = Instant.parse("2025-01-01T01:00:00Z");

    @Test
    void attestationTrailersComeInAFixedOrder() {
        ChangeAttestation attestation = new ChangeAttestation("ses-1", List.of("Ada <ada@example.com>"),
                List.of("java@1.2.0", "maven@1.0.0"), "a".repeat(64), "claude-sonnet-4");
        assertThat(attestation.trailers()).containsExactly(
                Map.entry(Trailers.SESSION_ID, "ses-1"),
                Map.entry(Trailers.KIT_SET, "java@1.2.0,maven@1.0.0"),
                Map.entry(Trailers.WORKAREA_SNAPSHOT, "a".repeat(64)),
                Map.entry(Trailers.MODEL, "claude-sonnet-4"),
                Map.entry(Trailers.CO_AUTHORED_BY, "Ada <ada@example.com>"));
        assertThat(ChangeAttestation.ofSession("ses-1").trailers())
                .containsExactly(Map.entry(Trailers.SESSION_ID, "ses-1"));
        assertInvalid(() -> ChangeAttestation.ofSession("ses..1"), "sessionId");
        assertInvalid(() -> new ChangeAttestation("ses-1", List.of(), List.of("a,b"), null, null), "kitSet");
        assertInvalid(() -> new ChangeAttestation("ses-1", List.of("x\ny"), List.of(), null, null), "coAuthoredBy");
    }

    @Test
    void changeRequestFullMessageCarriesTheAttestation() {
        ChangeRequest attested = new ChangeRequest("Fix login", List.of(), ChangeAttestation.ofSession("ses-9"));
        assertThat(Trailers.valuesOf(attested.fullMessage(), Trailers.SESSION_ID)).containsExactly("ses-9");
        assertThat(new ChangeRequest("Fix login", List.of("src"), null).fullMessage()).isEqualTo("Fix login\n");
        assertInvalid(() -> new ChangeRequest("", List.of(), null), "message");
    }

    @Test
    void credentialScopesByPathSegmentAndHidesItsToken() {
        RemoteCredential credential = new RemoteCredential("https://github.com/acme", Secret.of("ghs_abc"), EXPIRY);
        assertThat(credential.appliesTo("https://github.com/acme/web.git")).isTrue();
        assertThat(credential.appliesTo("https://github.com/acme")).isTrue();
        assertThat(credential.appliesTo("https://github.com/acme-evil/web.git")).isFalse();
        assertThat(credential.appliesTo("https://gitlab.com/acme/web.git")).isFalse();
        assertThat(new RemoteCredential("https://github.com/", Secret.of("t"), EXPIRY)
                .appliesTo("https://github.com/x/y")).isTrue();
        assertThat(credential.toString()).doesNotContain("ghs_abc");
        assertThat(credential.isExpiredAt(EXPIRY)).isTrue();
        assertThat(credential.isExpiredAt(EXPIRY.minusSeconds(1))).isFalse();
        assertInvalid(() -> new RemoteCredential("https://x:y@github.com/acme", Secret.of("t"), EXPIRY),
                "urlPrefix");
        assertInvalid(() -> new RemoteCredential("ssh://github.com/acme", Secret.of("t"), EXPIRY), "urlPrefix");
        assertMissing(() -> new RemoteCredential("https://github.com/acme", null, EXPIRY), "token");
    }

    @Test
    void cloneOptionsTieDepthToShallowClones() {
        assertThat(CloneOptions.full().effectiveDepth()).isEmpty();
        assertThat(CloneOptions.shallow(5).effectiveDepth()).contains(5);
        assertThat(new CloneOptions(null, null, CloneMode.SHALLOW, null).effectiveDepth()).contains(1);
        assertThat(CloneOptions.full().withBranch("dev").branch()).isEqualTo("dev");
        assertInvalid(() -> new CloneOptions(null, 3, CloneMode.FULL, null), "depth");
        assertInvalid(() -> CloneOptions.shallow(0), "depth");
        assertMissing(() -> new CloneOptions(null, null, null, null), "mode");
    }

    @Test
    void sealedOutcomesValidate() {
        assertThat(PushResult.class.getPermittedSubclasses()).hasSize(2);
        assertThat(PullResult.class.getPermittedSubclasses()).hasSize(3);
        assertThat(MergeResult.class.getPermittedSubclasses()).hasSize(3);
        assertThat(new PushResult.Rejected(PushRejectReason.NON_FAST_FORWARD, null).reason())
                .isEqualTo(PushRejectReason.NON_FAST_FORWARD);
        assertMissing(() -> new PushResult.Rejected(null, "x"), "reason");
        assertInvalid(() -> new PullResult.AutoResolved(List.of()), "resolutions");
        assertInvalid(() -> new PullResult.Conflicted(List.of()), "conflicts");
        assertInvalid(() -> new MergeResult.Conflicted(List.of()), "conflicts");
        assertInvalid(() -> new MergeResult.Blocked(""), "reason");
        Conflict conflict = new Conflict("a.txt", ConflictGranularity.LINE, "both-modified");
        assertThat(new PullResult.Conflicted(List.of(conflict)).conflicts()).containsExactly(conflict);
        assertThat(PullResult.CLEAN).isEqualTo(new PullResult.Clean());
    }

    @Test
    void workspaceAndProposalsValidate() {
        Path root = Path.of("/tmp/ws").toAbsolutePath();
        assertThat(new VcsWorkspace("ws-1", "git", root, "main").headRef()).isEqualTo("main");
        assertInvalid(() -> new VcsWorkspace("ws-1", "git", Path.of("ws"), "main"), "path");
        assertInvalid(() -> new ProposalRequest("t", null, "main", "main", false), "targetBranch");
        assertInvalid(() -> new ProposalRef("1", "ftp://x/1", "a", "b"), "url");
        assertInvalid(() -> new MergeQueueEntry("q", new ProposalRef("1", null, "a", "b"), 0, EXPIRY), "position");
    }

    @Test
    void capabilities() {
        assertLabelsCoverComponents(VcsCapabilities.class);
        VcsCapabilities git = new VcsCapabilities(MergeStrategy.THREE_WAY_TEXT, ConflictGranularity.LINE, false,
                false, false, true, true, IdentityScheme.EMAIL, RemoteProtocol.GIT_SMART_HTTP, false, true, false,
                false);
        assertThat(git.family()).isEqualTo(ProviderFamily.VCS);
        assertThat(git.surfacesConflicts()).isTrue();
        assertInvalid(() -> new VcsCapabilities(MergeStrategy.AUTO, ConflictGranularity.NONE, false, false, true,
                true, true, IdentityScheme.EMAIL, RemoteProtocol.GIT_SMART_HTTP, false, true, false, false),
                "hasMergeQueue");
    }

    @Test
    void enumWireSpellings() {
        assertThat(wires(MergeStrategy.class)).containsExactly("auto", "three-way-text", "rebase", "squash",
                "patch-theory", "last-write-wins", "cell-merge");
        assertThat(wires(ConflictGranularity.class)).containsExactly("line", "token", "object", "cell", "none");
        assertThat(wires(IdentityScheme.class)).containsExactly("email", "ed25519", "oauth", "iam",
                "workspace-token");
        assertThat(wires(RemoteProtocol.class)).containsExactly("git-smart-http", "atomic-merkle", "s3", "http-api");
        assertThat(wires(CloneMode.class)).containsExactly("shallow", "full", "reference");
        assertThat(wires(PushRejectReason.class)).containsExactly("non-fast-forward", "auth", "policy");
    }
}
