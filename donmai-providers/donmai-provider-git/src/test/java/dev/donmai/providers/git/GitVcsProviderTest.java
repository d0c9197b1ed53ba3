package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.vcs.ChangeRequest;
import dev.donmai.contracts.vcs.CloneMode;
import dev.donmai.contracts.vcs.CloneOptions;
import dev.donmai.contracts.vcs.ConflictChoice;
import dev.donmai.contracts.vcs.MergeStrategy;
import dev.donmai.contracts.vcs.PullResult;
import dev.donmai.contracts.vcs.PushRejectReason;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.contracts.vcs.RemoteCredential;
import dev.donmai.contracts.vcs.VcsWorkspace;
import dev.donmai.providers.tck.TckGitFixture;
import dev.donmai.providers.tck.TckGitRepo;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitCredentials;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VCS provider beyond the TCK: clone modes, pull outcomes, conflict resolution, push refusals, credentials. */
class GitVcsProviderTest {

    private static final Duration T = Duration.ofSeconds(60);
    private static final String TOKEN = "ghs_vcsTestToken_8f3a";

    private final TckGitFixture git = TckGitFixture.create();
    private TckGitRepo remote;
    private TckHost host;
    private RecordingGitExec recorder;
    private GitVcsProvider provider;
    private Path work;

    @BeforeEach
    void setUp() throws Exception {
        TckGitRepo seed = git.initWithCommit("seed", Map.of("shared.txt", "one\ntwo\nthree\nfour\nfive\nsix\n"));
        seed.commit("second", Map.of("second.txt", "2\n"));
        seed.commit("third", Map.of("third.txt", "3\n"));
        remote = git.bare("remote.git");
        seed.addRemote("origin", remote).push("origin", "main");
        remote.git("symbolic-ref", "HEAD", "refs/heads/main");
        work = Files.createDirectory(git.root().resolve("work"));
        start(Map.of());
    }

    private void start(Map<String, Object> config) {
        GitVcsProviderFactory factory = new GitVcsProviderFactory();
        provider = new GitVcsProvider(factory.manifest(), ProviderConfig.of(config).scope(),
                VcsSettings.from(ProviderConfig.of(config)), h -> recorder = new RecordingGitExec(
                        new CliGitExec("git", h.threadFactory(), Map.of())));
        host = new TckHost(ProviderRef.of(factory.manifest(), ScopeLevel.GLOBAL));
        provider.activate(host, T);
    }

    @AfterEach
    void tearDown() {
        provider.deactivate(T);
        host.close();
        git.close();
    }

    private VcsWorkspace clone(String name, CloneOptions options) {
        return provider.clone(remote.uri(), work.resolve(name), options, T);
    }

    private void write(VcsWorkspace ws, String file, String content) throws Exception {
        Path p = ws.path().resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private void commit(VcsWorkspace ws, String message) {
        provider.recordChange(ws, new ChangeRequest(message, List.of(), null), T);
    }

    @Test
    void shallowCloneOfALocalPathHonoursTheDepth() {
        VcsWorkspace ws = clone("shallow", CloneOptions.shallow(1));
        assertThat(git.run(ws.path(), "rev-list", "--count", "HEAD")).isEqualTo("1");
        assertThat(ws.headRef()).isEqualTo("main");
        VcsWorkspace full = clone("full", CloneOptions.full());
        assertThat(git.run(full.path(), "rev-list", "--count", "HEAD")).isEqualTo("3");
    }

    @Test
    void referenceCloneBorrowsFromTheWorkareaMirrorAndStaysIndependent() throws Exception {
        Path stateHome = Files.createDirectory(git.root().resolve("state"));
        Path mirror = new StateLayout(stateHome).mirror(RepositoryLocation.parse(remote.uri()).repoKey());
        Files.createDirectories(mirror.getParent());
        git.run(git.root(), "clone", "--bare", "--quiet", remote.uri(), mirror.toString());
        provider.deactivate(T);
        start(Map.of("stateHome", stateHome.toString()));
        VcsWorkspace ws = clone("ref", new CloneOptions(null, null, CloneMode.REFERENCE, null));
        assertThat(recorder.calls).anySatisfy(c -> assertThat(c.args()).contains("--reference-if-able",
                mirror.toString(), "--dissociate"));
        assertThat(ws.path().resolve(".git/objects/info/alternates")).doesNotExist();
        assertThat(git.run(ws.path(), "rev-list", "--count", "HEAD")).isEqualTo("3");
    }

    @Test
    void sameFileDisjointEditsAreAutoResolvedAndSurfaced() throws Exception {
        VcsWorkspace a = clone("a", CloneOptions.full());
        VcsWorkspace b = clone("b", CloneOptions.full());
        write(a, "shared.txt", "ONE\ntwo\nthree\nfour\nfive\nsix\n");
        commit(a, "a edits line one");
        assertThat(provider.push(a, "main", T)).isEqualTo(new PushResult.Pushed("refs/heads/main"));
        write(b, "shared.txt", "one\ntwo\nthree\nfour\nfive\nSIX\n");
        commit(b, "b edits line six");
        PullResult result = provider.pull(b, "main", T);
        assertThat(result).isInstanceOfSatisfying(PullResult.AutoResolved.class, r ->
                assertThat(r.resolutions()).singleElement().satisfies(res -> {
                    assertThat(res.path()).isEqualTo("shared.txt");
                    assertThat(res.strategy()).isEqualTo(MergeStrategy.THREE_WAY_TEXT);
                }));
        assertThat(b.path().resolve("shared.txt")).hasContent("ONE\ntwo\nthree\nfour\nfive\nSIX");
        assertThat(provider.pull(b, "main", T)).as("nothing new").isEqualTo(PullResult.CLEAN);
    }

    @Test
    void conflictsResolveThroughTheFacetAndRecordChangeConcludesTheMerge() throws Exception {
        VcsWorkspace a = clone("a", CloneOptions.full());
        VcsWorkspace b = clone("b", CloneOptions.full());
        write(a, "shared.txt", "one\nTWO from a\nthree\nfour\nfive\nsix\n");
        commit(a, "a");
        provider.push(a, "main", T);
        write(b, "shared.txt", "one\n2 from b\nthree\nfour\nfive\nsix\n");
        commit(b, "b");
        PullResult result = provider.pull(b, "main", T);
        assertThat(result).isInstanceOfSatisfying(PullResult.Conflicted.class, c ->
                assertThat(c.conflicts()).singleElement().satisfies(conflict -> {
                    assertThat(conflict.path()).isEqualTo("shared.txt");
                    assertThat(conflict.detail()).isEqualTo("both-modified");
                }));
        var facet = provider.conflicts().orElseThrow();
        facet.resolve(b, "shared.txt", ConflictChoice.THEIRS, T);
        assertThat(facet.list(b, T)).isEmpty();
        assertThatThrownBy(() -> facet.resolve(b, "shared.txt", ConflictChoice.OURS, T))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                        e -> assertThat(e.code()).isEqualTo("not-conflicted"));
        var merge = provider.recordChange(b, new ChangeRequest("merge main", List.of(), null), T);
        assertThat(git.run(b.path(), "rev-list", "--parents", "-n", "1", merge.id()).split(" ")).hasSize(3);
        assertThat(b.path().resolve("shared.txt")).hasContent("one\nTWO from a\nthree\nfour\nfive\nsix");
        assertThat(provider.push(b, "main", T)).isInstanceOf(PushResult.Pushed.class);
    }

    @Test
    void pushToACheckedOutBranchIsRefusedByPolicyAndNothingToCommitIsClear() throws Exception {
        TckGitRepo nonBare = git.initWithCommit("nonbare", Map.of("f.txt", "f\n"));
        VcsWorkspace ws = provider.clone(nonBare.uri(), work.resolve("nb"), CloneOptions.full(), T);
        write(ws, "g.txt", "g\n");
        commit(ws, "g");
        PushResult result = provider.push(ws, "main", T);
        assertThat(result).isInstanceOfSatisfying(PushResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(PushRejectReason.POLICY));
        assertThatThrownBy(() -> commit(ws, "nothing"))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                        e -> assertThat(e.code()).isEqualTo("nothing-to-commit"));
    }

    @Test
    void commitsGetTheConfiguredIdentityWhenGitHasNone() throws Exception {
        VcsWorkspace ws = clone("id", CloneOptions.full());
        write(ws, "x.txt", "x\n");
        commit(ws, "x");
        // The test JVM's git may or may not have a global identity; either way the commit exists with some author.
        assertThat(git.run(ws.path(), "log", "-1", "--format=%an <%ae>")).isNotBlank();
    }

    @Test
    void aCredentialTravelsOnlyInTheEnvironmentAndOnlyToItsPrefix() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(exchange.getRequestURI().getPath() + " " + (auth == null ? "-" : auth));
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            RemoteCredential credential = new RemoteCredential(base + "/org", Secret.of(TOKEN),
                    Instant.now().plusSeconds(600));
            CloneOptions options = CloneOptions.full().withCredential(credential);
            assertThatThrownBy(() -> provider.clone(base + "/org/repo.git", work.resolve("h1"), options, T))
                    .isInstanceOfSatisfying(ProviderException.OperationFailed.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(TOKEN);
                        assertThat(String.valueOf(e.getCause())).doesNotContain(TOKEN);
                    });
            assertThatThrownBy(() -> provider.clone(base + "/other/repo.git", work.resolve("h2"), options, T))
                    .isInstanceOf(ProviderException.OperationFailed.class);

            String basic = "Basic " + Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(authorizations).anyMatch(l -> l.startsWith("/org/repo.git/") && l.endsWith(basic));
            assertThat(authorizations).filteredOn(l -> l.startsWith("/other/")).isNotEmpty()
                    .allMatch(l -> l.endsWith(" -"));
            assertThat(recorder.calls).allSatisfy(call -> assertThat(call.args())
                    .noneMatch(arg -> arg.contains(TOKEN) || arg.contains(basic) || arg.contains("extraHeader")));
            Map<String, String> expected = GitCredentials.env(credential);
            assertThat(recorder.calls).anySatisfy(call -> assertThat(call.env()).isEqualTo(expected));
            assertThat(work.resolve("h1")).doesNotExist();
            assertThat(host.logger().lines()).noneMatch(l -> l.message().contains(TOKEN));
        } finally {
            server.stop(0);
        }
    }
}
