package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.CleanGuarantee;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaMode;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSnapshotRef;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code workarea} family (contracts.md §6 rows 7 and 8, §3.2), on top of the base
 * checks. The source is a local git repository the kit builds with {@link TckGitFixture}
 * ({@link #sourceFiles()} at branch {@code main}, a lockfile included), handed over as
 * {@code WorkareaSource.of(path, "main")}.
 *
 * @param <P> the provider type
 */
public abstract class WorkareaProviderContractTest<P extends WorkareaProvider>
        extends ProviderContractTest<P, WorkareaCapabilities> {

    /** An untracked file a harness might leave behind; a clean acquire never shows it. */
    protected static final String ARTIFACT = "tck-artifact.txt";
    /** A tracked file the kit edits during a session. */
    protected static final String TRACKED = "README.md";

    private TckGitRepo source;

    @Override
    protected Class<?> familyType() {
        return WorkareaProvider.class;
    }

    @Override
    protected List<FacetCheck<P, WorkareaCapabilities>> facets() {
        return List.of(
                FacetCheck.of("resumer", "supportsResume", WorkareaCapabilities::supportsResume,
                        WorkareaProvider::resumer),
                FacetCheck.of("snapshotter", "supportsSnapshot", WorkareaCapabilities::supportsSnapshot,
                        WorkareaProvider::snapshotter));
    }

    /** The files of the source repository's one commit on {@code main}; a lockfile makes the toolchain concrete. */
    protected Map<String, String> sourceFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(TRACKED, "# TCK source\n");
        files.put("src/main/java/App.java", "class App {}\n");
        files.put("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {}}\n");
        return files;
    }

    /** The spec for {@code session}; override to add toolchain demands or a scope your provider needs. */
    protected WorkareaSpec spec(SessionKey session, WorkareaSource source) {
        return WorkareaSpec.exclusive(session, ScopeTarget.global(), source);
    }

    /**
     * Makes the pool member that {@code released} went back to drift from its clean state, for "drift → COLD".
     * The default handles providers that keep a pool member where the workarea was: it writes a stray file into
     * {@code released.path()}. A provider that moves pool members elsewhere overrides this, or the check is skipped.
     */
    protected void injectPoolDrift(Workarea released) {
        if (!Files.isDirectory(released.path())) {
            abort("pool members live outside the released path; override injectPoolDrift to test drift");
        }
        write(released.path().resolve("tck-drift.txt"), "drift");
    }

    @BeforeEach
    final void buildSourceRepository() {
        // Fail, not skip: without git these conformance checks cannot run, and a skip would read as "fine".
        if (!TckGitFixture.gitAvailable()) {
            org.junit.jupiter.api.Assertions.fail("the git command line must be on PATH: the kit builds its fixture "
                    + "repositories with it");
        }
        TckGitFixture git = closeAfterTest(TckGitFixture.create());
        source = git.initWithCommit("source", sourceFiles());
    }

    /** The source repository of this test. */
    protected final TckGitRepo sourceRepository() {
        return source;
    }

    /** The source of this test's repository at {@code main}. */
    protected final WorkareaSource source() {
        return WorkareaSource.of(source.uri(), TckGitFixture.DEFAULT_BRANCH);
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        Workarea workarea = provider.acquire(spec(TckIds.sessionKey(), source()), verbTimeout());
        provider.release(workarea, ReleaseMode.DESTROY, verbTimeout());
    }

    // ---------------------------------------------------------------- acquire

    @Test
    @DisplayName("[7] each acquire has a new id, root and streamId; the record matches the source")
    void acquireIsFresh() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        Workarea b = acquire(provider, spec(TckIds.sessionKey(), source()));
        assertThat(a.id()).as("ids").isNotEqualTo(b.id());
        assertThat(a.cursor().streamId()).as("streamIds").isNotEqualTo(b.cursor().streamId());
        assertThat(a.path()).as("paths of two exclusive workareas").isNotEqualTo(b.path());
        assertThat(root(a)).as("roots").isNotEqualTo(root(b));
        for (Workarea w : List.of(a, b)) {
            assertThat(w.path()).as("path").isAbsolute().isDirectory();
            assertThat(w.providerId()).as("providerId").isEqualTo(provider.manifest().id());
            assertThat(w.ref()).as("ref").isEqualTo(TckGitFixture.DEFAULT_BRANCH);
            // Workarea.commit may be abbreviated (7+ hex digits); it must name the source's head.
            assertThat(source.head()).as("resolved commit %s names the source head", w.commit())
                    .startsWith(w.commit());
            assertThat(w.mode()).as("mode").isEqualTo(WorkareaMode.EXCLUSIVE);
            assertThat(w.path().resolve(TRACKED)).as("checked-out file").hasContent("# TCK source");
        }
    }

    @Test
    @DisplayName("[7] same ref and lockfile give the same checksum; another commit gives another")
    void sameRefSameChecksum() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        release(provider, a, ReleaseMode.DESTROY);
        Workarea b = acquire(provider, spec(TckIds.sessionKey(), source()));
        assertThat(b.cleanStateChecksum()).as("checksum for the same ref").isEqualTo(a.cleanStateChecksum());
        release(provider, b, ReleaseMode.DESTROY);
        source.commit("change the lockfile", Map.of("package-lock.json", "{\"lockfileVersion\": 3, \"v\": 2}\n"));
        Workarea c = acquire(provider, spec(TckIds.sessionKey(), source()));
        assertThat(source.head()).as("new commit %s", c.commit()).startsWith(c.commit());
        assertThat(c.cleanStateChecksum()).as("checksum after the lockfile changed")
                .isNotEqualTo(a.cleanStateChecksum());
    }

    @Test
    @DisplayName("[7] artifacts and edits do not survive return-to-pool")
    void artifactsAreCleaned() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().cleanGuarantee() != CleanGuarantee.BEST_EFFORT,
                "cleanGuarantee is best-effort");
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        write(a.path().resolve(ARTIFACT), "left behind");
        write(a.path().resolve(TRACKED), "edited\n");
        release(provider, a, ReleaseMode.RETURN_TO_POOL);
        Workarea b = acquire(provider, spec(TckIds.sessionKey(), source()));
        assertThat(b.path().resolve(ARTIFACT)).as("untracked artifact after re-acquire").doesNotExist();
        assertThat(b.path().resolve(TRACKED)).as("tracked file after re-acquire").hasContent("# TCK source");
        assertThat(b.cleanStateChecksum()).as("checksum after re-acquire").isEqualTo(a.cleanStateChecksum());
    }

    @Test
    @DisplayName("[7] a pool member that drifted is not reused: the next acquire is COLD and clean")
    void driftIsCold() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        ReleaseOutcome outcome = release(provider, a, ReleaseMode.RETURN_TO_POOL);
        assumeTrue(outcome.applied().sameModeAs(ReleaseMode.RETURN_TO_POOL), "the provider keeps no pool");
        injectPoolDrift(a);
        Workarea b = acquire(provider, spec(TckIds.sessionKey(), source()));
        assertThat(b.acquirePath()).as("acquirePath after drift").isEqualTo(AcquirePath.COLD);
        assertThat(b.path().resolve("tck-drift.txt")).as("drifted file").doesNotExist();
        assertThat(b.cleanStateChecksum()).as("checksum after drift").isEqualTo(a.cleanStateChecksum());
    }

    // ---------------------------------------------------------------- release

    @Test
    @DisplayName("[8] an equal release repeat returns the first outcome; another mode is a ReleaseConflict")
    void releaseIsIdempotentPerMode() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        ReleaseOutcome first = release(provider, a, ReleaseMode.DESTROY);
        assertThat(first.requested().sameModeAs(ReleaseMode.DESTROY)).as("requested mode").isTrue();
        assertThat(a.path()).as("path after destroy").doesNotExist();
        ReleaseOutcome repeat = release(provider, a, ReleaseMode.DESTROY);
        assertThat(repeat).as("repeated destroy").isEqualTo(first);
        ProviderException.ReleaseConflict conflict = VerbCalls.expect(ProviderException.ReleaseConflict.class,
                "release", verbTimeout(), () -> provider.release(a, ReleaseMode.RETURN_TO_POOL, verbTimeout()));
        assertThat(conflict.workareaId()).isEqualTo(a.id());
        assertThat(conflict.first()).isEqualTo("destroy");
        assertThat(conflict.requested()).isEqualTo("return-to-pool");
    }

    @Test
    @DisplayName("[8] pause without supportsPauseResume is applied as another mode, with a warning")
    void pauseFollowsTheCapability() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        ReleaseOutcome outcome = release(provider, a, ReleaseMode.PAUSE);
        if (provider.capabilities().supportsPauseResume()) {
            assertThat(outcome.applied().sameModeAs(ReleaseMode.PAUSE)).as("pause applied").isTrue();
        } else {
            assertThat(outcome.applied().sameModeAs(ReleaseMode.PAUSE)).as("pause applied without support")
                    .isFalse();
            assertThat(outcome.warningIfAny()).as("warning for a degraded pause").isPresent();
        }
    }

    @Test
    @DisplayName("[8] shared workareas are refcounted: same path, the last release tears down")
    void sharedWorkareasAreRefcounted() {
        P provider = activeProvider();
        WorkareaSpec first = shared(spec(TckIds.sessionKey(), source()));
        if (!provider.capabilities().supportsSharedMode()) {
            VerbCalls.expect(ProviderException.Unsupported.class, "acquire", verbTimeout(),
                    () -> provider.acquire(first, verbTimeout()));
            return;
        }
        Workarea a = acquire(provider, first);
        Workarea b = acquire(provider, shared(spec(TckIds.sessionKey(), source())));
        assertThat(b.path()).as("path of the second holder").isEqualTo(a.path());
        assertThat(a.mode()).isEqualTo(WorkareaMode.SHARED);
        release(provider, a, ReleaseMode.DESTROY);
        assertThat(b.path()).as("path while one holder remains").isDirectory();
        release(provider, b, ReleaseMode.DESTROY);
        assertThat(b.path()).as("path after the last release").doesNotExist();
    }

    // ---------------------------------------------------------------- facets

    @Test
    @DisplayName("[7] a snapshot restores with the same cursor; without supportsSnapshot fromSnapshot is Unsupported")
    void snapshotKeepsTheCursor() {
        P provider = activeProvider();
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        if (!provider.capabilities().supportsSnapshot()) {
            WorkareaSnapshotRef fake = new WorkareaSnapshotRef(provider.manifest().id(), "tck-none",
                    a.acquiredAt());
            VerbCalls.expect(ProviderException.Unsupported.class, "acquire", verbTimeout(),
                    () -> provider.acquire(fromSnapshot(spec(TckIds.sessionKey(), source()), fake), verbTimeout()));
            return;
        }
        WorkareaSnapshotRef snapshot = VerbCalls.call("snapshot", verbTimeout(),
                () -> provider.snapshotter().orElseThrow().snapshot(a, verbTimeout()));
        assertThat(snapshot.providerId()).as("snapshot providerId").isEqualTo(provider.manifest().id());
        Workarea restored = acquire(provider, fromSnapshot(spec(TckIds.sessionKey(), source()), snapshot));
        assertThat(restored.cursor()).as("cursor after restoring a snapshot").isEqualTo(a.cursor());
        VerbCalls.run("snapshot.delete", verbTimeout(),
                () -> provider.snapshotter().orElseThrow().delete(snapshot, verbTimeout()));
        VerbCalls.run("snapshot.delete", verbTimeout(),
                () -> provider.snapshotter().orElseThrow().delete(snapshot, verbTimeout()));
    }

    @Test
    @DisplayName("[7] resume keeps the cursor and publishes workarea-resumed")
    void resumeKeepsTheCursor() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsResume(), "supportsResume is false");
        Workarea a = acquire(provider, spec(TckIds.sessionKey(), source()));
        ReleaseOutcome outcome = release(provider, a, ReleaseMode.PAUSE);
        assumeTrue(outcome.applied().sameModeAs(ReleaseMode.PAUSE), "pause was not applied as pause");
        Workarea resumed = VerbCalls.call("resume", verbTimeout(),
                () -> provider.resumer().orElseThrow().resume(a, verbTimeout()));
        closeAfterTest(() -> releaseQuietly(provider, resumed));
        assertThat(resumed.cursor()).as("cursor after resume").isEqualTo(a.cursor());
        assertThat(host().familyEvents()).extracting(ProviderHookEvent.FamilyEvent::familyKind)
                .as("family events").contains(FamilyEventKind.WORKAREA_RESUMED);
    }

    // ---------------------------------------------------------------- helpers

    /** Acquires through {@link VerbCalls}; the workarea is destroyed after the test if still held. */
    protected final Workarea acquire(P provider, WorkareaSpec spec) {
        Workarea workarea = VerbCalls.call("acquire", verbTimeout(), () -> provider.acquire(spec, verbTimeout()));
        assertThat(workarea).as("acquire result").isNotNull();
        closeAfterTest(() -> releaseQuietly(provider, workarea));
        return workarea;
    }

    /** Releases through {@link VerbCalls}. */
    protected final ReleaseOutcome release(P provider, Workarea workarea, ReleaseMode mode) {
        ReleaseOutcome outcome = VerbCalls.call("release", verbTimeout(),
                () -> provider.release(workarea, mode, verbTimeout()));
        assertThat(outcome).as("release result").isNotNull();
        assertThat(outcome.requested().sameModeAs(mode)).as("outcome.requested").isTrue();
        return outcome;
    }

    private void releaseQuietly(P provider, Workarea workarea) {
        try {
            provider.release(workarea, ReleaseMode.DESTROY, verbTimeout());
        } catch (ProviderException e) {
            // Released with another mode already, or the provider is inactive: nothing left to do here.
        }
    }

    private static Path root(Workarea w) {
        return w.workareaRoot() != null ? w.workareaRoot() : w.path();
    }

    private static WorkareaSpec shared(WorkareaSpec s) {
        return new WorkareaSpec(s.session(), s.scope(), s.source(), s.os(), s.arch(), s.toolchain(),
                s.fromSnapshot(), WorkareaMode.SHARED, s.parentWorkareaId());
    }

    private static WorkareaSpec fromSnapshot(WorkareaSpec s, WorkareaSnapshotRef snapshot) {
        return new WorkareaSpec(s.session(), s.scope(), s.source(), s.os(), s.arch(), s.toolchain(), snapshot,
                s.mode(), s.parentWorkareaId());
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
