package dev.donmai.benchmarks;

import dev.donmai.runtime.spi.git.CliGitExec;
import dev.donmai.runtime.spi.git.GitResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A diagnostic for P1 (no target, writes no results): the git commands a {@code pool-warm} acquire of a local
 * source runs (sessions.md §13 steps 1–5, in the order the git provider's {@code Acquirer} runs them), each timed
 * through the provider's own git port ({@link CliGitExec}) on the P1 repository, so a P1 miss can be attributed.
 * Prints one JSON line per command (p50, p95, min over {@code --iterations}, default 30) and one for the sum.
 * Options: {@code --dirs}, {@code --files-per-dir}, {@code --iterations}, {@code --work-dir}, {@code --keep}.
 */
public final class WarmAcquireBreakdown {

    private static final Duration T = Duration.ofMinutes(1);

    private WarmAcquireBreakdown() {
    }

    public static void main(String[] args) {
        Args a = Args.parse(args, Set.of("dirs", "files-per-dir", "iterations", "work-dir"), Set.of("keep"));
        run(a.integer("dirs", 100), a.integer("files-per-dir", 100), a.integer("iterations", 30),
                a.path("work-dir").orElse(null), a.flag("keep"), System.out, System.err);
    }

    /** Step name → milliseconds per iteration. */
    static Map<String, List<Double>> run(int dirs, int filesPerDir, int iterations, Path workParent, boolean keep,
            PrintStream out, PrintStream log) {
        Path work = Fs.tempDir(workParent, "donmai-p1-breakdown-");
        try {
            GeneratedRepo.Made repo = GeneratedRepo.create(work, dirs, filesPerDir, 1024);
            Path source = repo.bare().toRealPath();
            Path mirror = work.resolve("cache").resolve("mirror.git");
            Files.createDirectories(mirror.getParent());
            GeneratedRepo.git(work, "clone", "--bare", "--quiet", source.toString(), mirror.toString());
            Path member = work.resolve("cache").resolve("pool").resolve("m");
            Files.createDirectories(member.getParent());
            Path worktrees = Files.createDirectories(work.resolve("worktrees"));
            GeneratedRepo.git(mirror, "worktree", "add", "--detach", "--quiet", member.toString(), repo.commit());
            CliGitExec git = new CliGitExec("git");
            Map<String, List<Double>> steps = new LinkedHashMap<>();
            for (int i = -3; i < iterations; i++) {
                Path target = worktrees.resolve("s" + (i + 3));
                Map<String, Long> t = new LinkedHashMap<>();
                time(t, "source rev-parse (local source moved?)", git, source, "rev-parse", "--verify", "--quiet",
                        "refs/heads/" + GeneratedRepo.BRANCH);
                time(t, "mirror rev-parse (resolve ref)", git, mirror, "rev-parse", "--verify", "--quiet",
                        "refs/heads/" + GeneratedRepo.BRANCH);
                time(t, "mirror rev-parse commit^{tree}", git, mirror, "rev-parse", "--verify",
                        repo.commit() + "^{tree}");
                time(t, "worktree move", git, mirror, "worktree", "move", member.toString(), target.toString());
                time(t, "switch -C agent/<session>", git, target, "switch", "--quiet", "--no-guess", "-C",
                        "agent/s" + (i + 3));
                time(t, "status --porcelain -uall (clean check)", git, target, "status", "--porcelain", "-uall");
                time(t, "rev-parse HEAD^{tree} (checksum)", git, target, "rev-parse", "HEAD^{tree}");
                // Untimed: back into the pool for the next iteration.
                GeneratedRepo.git(mirror, "worktree", "move", target.toString(), member.toString());
                GeneratedRepo.git(member, "checkout", "--quiet", "--detach", repo.commit());
                if (i >= 0) {
                    t.forEach((k, v) -> steps.computeIfAbsent(k, x -> new ArrayList<>()).add(Stats.ms(v)));
                }
            }
            List<Double> sum = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                int n = i;
                sum.add(Stats.round(steps.values().stream().mapToDouble(l -> l.get(n)).sum(), 3));
            }
            steps.forEach((k, v) -> out.println(line(k, v)));
            out.println(line("sum of the git commands", sum));
            steps.put("sum", sum);
            return steps;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (!keep) {
                Fs.deleteTree(work);
            }
        }
    }

    private static void time(Map<String, Long> into, String step, CliGitExec git, Path cwd, String... args) {
        long t0 = System.nanoTime();
        GitResult r = git.run(cwd, List.of(args), Map.of(), T);
        into.put(step, System.nanoTime() - t0);
        if (!r.ok()) {
            throw new IllegalStateException(step + " failed: " + r.stderr());
        }
    }

    private static String line(String step, List<Double> ms) {
        Map<String, Object> f = Results.figure("P1-breakdown", step);
        f.put("p50_ms", Stats.round(Stats.median(ms), 3));
        f.put("p95_ms", Stats.round(Stats.percentile(ms, 95), 3));
        f.put("min_ms", Stats.round(Stats.min(ms), 3));
        f.put("iterations", ms.size());
        return Results.line(f);
    }
}
