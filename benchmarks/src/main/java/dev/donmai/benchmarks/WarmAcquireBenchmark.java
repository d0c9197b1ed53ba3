package dev.donmai.benchmarks;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.git.GitWorkareaProvider;
import dev.donmai.providers.git.GitWorkareaProviderFactory;
import dev.donmai.providers.git.PoolKey;
import dev.donmai.providers.git.WorkareaPool;
import dev.donmai.providers.tck.TckHost;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * P1 warm acquire (sessions.md §16): p95 of {@code pool-warm} acquires of the {@code git} workarea provider against
 * the median of {@code git clone --local <bare> <tmp>}, both measured in this run on this disk.
 *
 * <p>Setup: a generated repository of {@code dirs × filesPerDir} files of ~{@code fileBytes} bytes (default
 * 100 × 100 × 1 KiB), one commit, bare and packed under the work directory; the provider activated on a
 * {@link TckHost} with its state home on the same disk and background refill off ({@code pool.minReadyPerKey}
 * 0). The mirror is created before anything is timed. Each sample: {@code pool.warm(key, 1)} (not timed), then
 * {@code acquire} timed from call to return, then {@code release(destroy)} (not timed). A sample whose
 * {@code acquirePath} is not {@code pool-warm} is discarded and counted. The first {@code warmup} samples warm the
 * JIT and are not counted. Before the baseline the run waits (up to {@code --quiet-wait-seconds}, 420) until
 * creating a file costs at most {@code --quiet-us} (50) µs ({@link FsQuiet}); a baseline taken without that is
 * reported with {@code fsQuiet: false} and never passes. Unless {@code --no-settle}, warming ends with {@code sync} (see {@link #settle}). Baseline, measured first: one untimed {@code git clone --local}, then {@code cloneRuns}
 * timed ones, each from process start to exit; the clones are kept until the end (see {@link #cloneBaseline}).
 *
 * <p>Prints one JSON line per figure and merges them into {@code results.json}. Options: {@code --dirs},
 * {@code --files-per-dir}, {@code --file-bytes}, {@code --samples} (50), {@code --warmup} (3), {@code --clone-runs}
 * (5), {@code --target} (0.10), {@code --work-dir} (parent of the temporary work directory; default the system
 * temp directory), {@code --results} (default {@code benchmarks/target/results.json}), {@code --keep} (leave the
 * work directory), {@code --fail-on-miss} (exit 1 when the target is missed).
 */
public final class WarmAcquireBenchmark {

    static final String ID = "P1";
    private static final Duration T = Duration.ofMinutes(5);

    /** What to run. */
    record Options(int dirs, int filesPerDir, int fileBytes, int samples, int warmup, int cloneRuns, double target,
            Path workParent, Path results, boolean keep, boolean settle, double quietUs, int quietWaitSeconds) {

        static Options defaults() {
            return new Options(100, 100, 1024, 50, 3, 5, 0.10, null, Results.DEFAULT, false, true, 50.0, 420);
        }
    }

    /** What a run measured. */
    record Outcome(List<Map<String, Object>> figures, Map<String, Object> machine, List<Double> warmMs,
            List<String> discarded, List<Double> cloneMs, double p95, double cloneMedian, double ratio,
            boolean pass, FsQuiet.Report quiet) {
    }

    private WarmAcquireBenchmark() {
    }

    public static void main(String[] args) {
        Args a = Args.parse(args, Set.of("dirs", "files-per-dir", "file-bytes", "samples", "warmup", "clone-runs",
                "target", "work-dir", "results", "quiet-us", "quiet-wait-seconds"), Set.of("keep", "fail-on-miss", "no-settle"));
        Options d = Options.defaults();
        Options o = new Options(a.integer("dirs", d.dirs()), a.integer("files-per-dir", d.filesPerDir()),
                a.integer("file-bytes", d.fileBytes()), a.integer("samples", d.samples()),
                a.integer("warmup", d.warmup()), a.integer("clone-runs", d.cloneRuns()),
                a.number("target", d.target()), a.path("work-dir").orElse(null),
                a.path("results").orElse(d.results()), a.flag("keep"), !a.flag("no-settle"),
                a.number("quiet-us", d.quietUs()), a.integer("quiet-wait-seconds", d.quietWaitSeconds()));
        Outcome outcome = run(o, System.err);
        Results.print(outcome.figures(), System.out);
        System.err.println("P1 results merged into " + o.results().toAbsolutePath());
        if (!outcome.pass() && a.flag("fail-on-miss")) {
            System.exit(1);
        }
    }

    /** Runs the benchmark; progress goes to {@code log}; the figures are merged into {@code o.results()}. */
    static Outcome run(Options o, PrintStream log) {
        Path work = Fs.tempDir(o.workParent(), "donmai-p1-");
        try {
            log.printf("P1: generating %d x %d files of ~%d B in %s%n", o.dirs(), o.filesPerDir(), o.fileBytes(),
                    work);
            long phase = System.nanoTime();
            GeneratedRepo.Made repo = GeneratedRepo.create(work, o.dirs(), o.filesPerDir(), o.fileBytes());
            Path bare = repo.bare().toRealPath();
            log.printf("P1: generated %s (%d files) in %.1f s%n", repo.commit(), repo.files(),
                    (System.nanoTime() - phase) / 1e9);
            String loadBefore = MachineInfo.loadAverage();

            FsQuiet.Report quiet = FsQuiet.await(work.resolve("probes"), o.quietUs(), o.quietWaitSeconds(), 15, log);
            List<Double> cloneMs = cloneBaseline(bare, work.resolve("clones"), o.cloneRuns(), log);
            double cloneMedian = Stats.median(cloneMs);

            List<Double> warmMs = new ArrayList<>();
            List<String> discarded = new ArrayList<>();
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("stateHome", work.resolve("state").toString());
            settings.put("pool.enabled", true);
            settings.put("pool.minReadyPerKey", 0);
            settings.put("pool.maxReadyPerKey", 2);
            GitWorkareaProviderFactory factory = new GitWorkareaProviderFactory();
            GitWorkareaProvider provider = factory.create(ProviderConfig.of(settings));
            try (TckHost host = new TckHost(ProviderRef.of(factory.manifest(), ScopeLevel.GLOBAL))) {
                provider.activate(host, T);
                try {
                    WorkareaPool pool = provider.pool().orElseThrow();
                    PoolKey key = new PoolKey(bare.toString(), GeneratedRepo.BRANCH, "none");
                    WorkareaSource source = WorkareaSource.of(bare.toString(), GeneratedRepo.BRANCH);
                    phase = System.nanoTime();
                    pool.warm(key, 1, T);
                    log.printf("P1: mirror created and first member warmed in %.1f s%n",
                            (System.nanoTime() - phase) / 1e9);
                    phase = System.nanoTime();
                    for (int i = 0; i < o.warmup() + o.samples(); i++) {
                        boolean counted = i >= o.warmup();
                        int ready = pool.warm(key, 1, T);
                        if (ready < 1) {
                            throw new IllegalStateException("warming gave no ready member for " + key);
                        }
                        if (o.settle()) {
                            settle();
                        }
                        String sessionId = "p1-" + i + "-" + Long.toHexString(System.nanoTime());
                        WorkareaSpec spec = WorkareaSpec.exclusive(SessionKey.local(sessionId), ScopeTarget.global(),
                                source);
                        long t0 = System.nanoTime();
                        Workarea w = provider.acquire(spec, T);
                        long t1 = System.nanoTime();
                        provider.release(w, ReleaseMode.DESTROY, T);
                        if (!w.commit().equals(repo.commit())) {
                            throw new IllegalStateException("acquired " + w.commit() + ", expected " + repo.commit());
                        }
                        if (!counted) {
                            continue;
                        }
                        if (w.acquirePath() == AcquirePath.POOL_WARM) {
                            warmMs.add(Stats.ms(t1 - t0));
                        } else {
                            discarded.add("sample " + (i - o.warmup()) + ": " + w.acquirePath().wire() + " in "
                                    + Stats.ms(t1 - t0) + " ms");
                            log.println("P1: discarded " + discarded.get(discarded.size() - 1));
                        }
                    }
                    log.printf("P1: %d samples (+%d warm-up) in %.1f s%n", o.samples(), o.warmup(),
                            (System.nanoTime() - phase) / 1e9);
                } finally {
                    provider.deactivate(T);
                }
            }
            if (warmMs.isEmpty()) {
                throw new IllegalStateException("no pool-warm sample; discarded: " + discarded);
            }
            double p95 = Stats.percentile(warmMs, 95);
            double ratio = p95 / cloneMedian;
            // A baseline taken while file creation was slow is inflated, and would flatter the ratio: no pass then.
            boolean pass = ratio <= o.target() && discarded.isEmpty() && quiet.quiet();
            Map<String, Object> machine = MachineInfo.describe(work);
            machine.put("loadAverageBefore", loadBefore);
            machine.put("loadAverageAfter", MachineInfo.loadAverage());
            List<Map<String, Object>> figures = figures(o, repo, warmMs, discarded, cloneMs, p95, cloneMedian, ratio,
                    pass, quiet);
            Results.merge(o.results(), machine, figures);
            return new Outcome(figures, machine, warmMs, discarded, cloneMs, p95, cloneMedian, ratio, pass, quiet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!o.keep()) {
                Fs.deleteTree(work);
            }
        }
    }

    /**
     * Part of the untimed warming: writes back the 10 000 files warming just created (and the previous sample's
     * deletions), so the timed acquire does not share the disk and the CPUs with that writeback. In the daemon a
     * member is warmed in the background well before a session takes it, so its writeback is long over by then.
     */
    private static void settle() {
        Cmd.run(null, List.of("sync"));
    }

    /**
     * One untimed clone, then {@code runs} timed ones, from process start to exit. The clones stay until the work
     * directory is deleted at the end: deleting them between runs would slow the next ones down (see
     * {@link GeneratedRepo}), and so would deleting them before the warm samples, whose untimed warming creates
     * 10 000 files each.
     */
    private static List<Double> cloneBaseline(Path bare, Path dir, int runs, PrintStream log) {
        List<Double> ms = new ArrayList<>();
        for (int i = -1; i < runs; i++) {
            Path dest = dir.resolve("clone-" + (i + 1));
            List<String> command = List.of("git", "clone", "--local", "--quiet", bare.toString(), dest.toString());
            Cmd.Result r = Cmd.run(null, command);
            r.require(command);
            if (i >= 0) {
                ms.add(Stats.ms(r.nanos()));
            }
        }
        log.println("P1: git clone --local ms " + Stats.describe(ms));
        return ms;
    }

    private static List<Map<String, Object>> figures(Options o, GeneratedRepo.Made repo, List<Double> warmMs,
            List<String> discarded, List<Double> cloneMs, double p95, double cloneMedian, double ratio,
            boolean pass, FsQuiet.Report quiet) {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("files", repo.files());
        setup.put("layout", o.dirs() + " dirs x " + o.filesPerDir() + " files");
        setup.put("bytes", repo.bytes());
        setup.put("commits", 1);
        setup.put("bare", "packed, local disk");
        setup.put("warmupSamples", o.warmup());
        setup.put("poolMinReadyPerKey", 0);
        setup.put("syncAfterWarming", o.settle());

        Map<String, Object> warm = Results.figure(ID, "warm_acquire_p95_ms");
        warm.put("value", Stats.round(p95, 3));
        warm.put("unit", "ms");
        warm.put("samples", warmMs.size() + discarded.size());
        warm.put("kept", warmMs.size());
        warm.put("discarded", discarded.size());
        if (!discarded.isEmpty()) {
            warm.put("discardedSamples", discarded);
        }
        warm.put("p50_ms", Stats.round(Stats.median(warmMs), 3));
        warm.put("mean_ms", Stats.round(Stats.mean(warmMs), 3));
        warm.put("min_ms", Stats.round(Stats.min(warmMs), 3));
        warm.put("max_ms", Stats.round(Stats.max(warmMs), 3));
        warm.put("baseline_ms", Stats.round(cloneMedian, 3));
        warm.put("ratio", Stats.round(ratio, 4));
        warm.put("target_ratio", o.target());
        warm.put("pass", pass);
        warm.put("setup", setup);
        warm.put("values_ms", Stats.rounded(warmMs));

        Map<String, Object> clone = Results.figure(ID, "clone_local_median_ms");
        clone.put("value", Stats.round(cloneMedian, 3));
        clone.put("unit", "ms");
        clone.put("runs", cloneMs.size());
        clone.put("command", "git clone --local --quiet <bare> <tmp>");
        clone.put("values_ms", Stats.rounded(cloneMs));
        clone.put("fsQuiet", quiet.quiet());
        clone.put("fsCreateProbesUs", quiet.probesUs());
        clone.put("fsQuietThresholdUs", o.quietUs());
        clone.put("fsQuietWaitedS", quiet.waitedSeconds());

        Map<String, Object> r = Results.figure(ID, "warm_acquire_ratio");
        r.put("value", Stats.round(ratio, 4));
        r.put("unit", "ratio");
        r.put("numerator", "warm_acquire_p95_ms");
        r.put("denominator", "clone_local_median_ms");
        r.put("target", o.target());
        r.put("comparison", "<=");
        r.put("pass", pass);
        return List.of(warm, clone, r);
    }
}
