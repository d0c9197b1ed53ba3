package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Everything {@link GitWorkareaProvider} holds between activate and deactivate: the git port, the mirrors, the pool,
 * the live workareas, the release ledger, the background refill (one thread from the host's factory, started on the
 * first refill) and the periodic pool maintenance on the host's scheduler. {@link #stop} ends both and destroys
 * members still warming.
 */
final class ActiveWorkareas {

    /** How long a background refill may take. */
    private static final Duration REFILL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MAINTENANCE_TIMEOUT = Duration.ofMinutes(5);

    private final ProviderHost host;
    private final WorkareaSettings settings;
    private final GitExec exec;
    private final StateLayout layout;
    private final WorkareaPool pool;
    private final Acquirer acquirer;
    private final Releaser releaser;
    private final ReleaseLedger ledger = new ReleaseLedger();
    private final Map<String, LiveWorkarea> live = new ConcurrentHashMap<>();
    private final Set<PoolKey> refillsQueued = ConcurrentHashMap.newKeySet();
    private ExecutorService refills;
    private ScheduledFuture<?> maintenance;
    private volatile boolean stopped;

    private ActiveWorkareas(ProviderHost host, WorkareaSettings settings, GitExec exec, StateLayout layout,
            WorkareaPool pool, MirrorCache mirrors) {
        this.host = host;
        this.settings = settings;
        this.exec = exec;
        this.layout = layout;
        this.pool = pool;
        this.acquirer = new Acquirer(layout, mirrors, pool);
        this.releaser = new Releaser(pool, new Archiver(layout), host.clock());
    }

    static ActiveWorkareas start(ProviderHost host, WorkareaSettings settings, PoolIndex index, GitExec exec,
            Duration timeout) {
        Path home = settings.stateHome() != null ? settings.stateHome() : host.dataDir().toAbsolutePath().normalize();
        StateLayout layout = settings.worktreesDir() != null
                ? new StateLayout(home, settings.worktreesDir())
                : new StateLayout(home);
        GitWorkareaProvider.createLayout(layout);
        GitRunner git = new GitRunner(exec, Deadline.of("activate", timeout, host.clock()));
        if (!git.run(layout.stateHome(), "--version").ok()) {
            throw new ProviderException.OperationFailed("activate", "git-unavailable", false);
        }
        boolean poolEnabled = settings.poolEnabled() && oneFilesystem(host, layout);
        MirrorCache mirrors = new MirrorCache(layout, host.clock(), settings.fetchInterval(), host.logger());
        WorkareaPool pool = new WorkareaPool(layout, index, mirrors, exec, host.clock(), poolEnabled,
                settings.maxReadyPerKey(), settings.poolMaxDiskBytes(), host.logger());
        ActiveWorkareas active = new ActiveWorkareas(host, settings, exec, layout, pool, mirrors);
        pool.purgeOrphans(git);
        if (poolEnabled) {
            long period = GitWorkareaProvider.MAINTENANCE_PERIOD.toMillis();
            active.maintenance = host.scheduler().scheduleWithFixedDelay(active::maintain, period, period,
                    TimeUnit.MILLISECONDS);
        }
        return active;
    }

    ProviderHost host() {
        return host;
    }

    StateLayout layout() {
        return layout;
    }

    GitExec exec() {
        return exec;
    }

    WorkareaPool pool() {
        return pool;
    }

    Acquirer acquirer() {
        return acquirer;
    }

    Releaser releaser() {
        return releaser;
    }

    ReleaseLedger ledger() {
        return ledger;
    }

    Map<String, LiveWorkarea> live() {
        return live;
    }

    /** Queues a background warm of {@code key} up to {@code pool.minReadyPerKey} (sessions.md §13 step 6). */
    synchronized void refill(PoolKey key) {
        if (stopped || !pool.enabled() || settings.minReadyPerKey() <= 0 || !refillsQueued.add(key)) {
            return;
        }
        if (refills == null) {
            // One thread: the warmer must yield to sessions, which run their git on their own threads.
            refills = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    host.threadFactory());
        }
        try {
            refills.execute(() -> {
                refillsQueued.remove(key);
                try {
                    pool.warm(key, settings.minReadyPerKey(), REFILL_TIMEOUT);
                } catch (ProviderException e) {
                    host.logger().log(System.Logger.Level.WARNING, "refilling the pool for " + key + " failed: "
                            + e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            refillsQueued.remove(key);
        }
    }

    /**
     * The {@link LiveWorkarea} of a workarea this instance did not acquire (e.g. acquired before a restart), from
     * the record and git. Only paths under {@code worktrees/} are accepted: release never touches a directory the
     * provider does not own.
     */
    LiveWorkarea reconstruct(GitRunner git, Workarea workarea) {
        Path path = workarea.path().normalize();
        if (!workarea.providerId().equals(GitWorkareaProviderFactory.ID)
                || !path.getParent().equals(layout.worktrees())) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_REFERENCE,
                    "workarea");
        }
        String sessionId = path.getFileName().toString();
        String branch = Acquirer.branchOf(sessionId);
        String toolchainKey = ToolchainKey.of(workarea.toolchain());
        if (!Files.isDirectory(path)) {
            // Gone already: destroy has nothing to do, other modes report workarea-missing.
            return new LiveWorkarea(workarea.id(), sessionId, path, branch, workarea.commit(),
                    workarea.cleanStateChecksum(), workarea.ref(), null, null, null);
        }
        Path mirror = Worktrees.mirrorOf(git, path);
        if (mirror == null) {
            throw new ProviderException.OperationFailed(git.verb(), "not-a-workarea", false);
        }
        if (mirror.normalize().equals(path.resolve(".git"))) {
            return new LiveWorkarea(workarea.id(), sessionId, path, branch, workarea.commit(),
                    workarea.cleanStateChecksum(), workarea.ref(), null, null, null);
        }
        String url = git.require("not-a-workarea", mirror, "config", "--get", "remote.origin.url");
        RepositoryLocation repo = RepositoryLocation.parse(url);
        pool.remember(repo);
        return new LiveWorkarea(workarea.id(), sessionId, path, branch, workarea.commit(),
                workarea.cleanStateChecksum(), workarea.ref(), repo,
                new PoolKey(repo.canonical(), workarea.ref(), toolchainKey), mirror);
    }

    /** The periodic job: disk budget, then members past their age. */
    private void maintain() {
        try {
            pool.evict(MAINTENANCE_TIMEOUT);
            pool.retireOlderThan(GitWorkareaProvider.MEMBER_MAX_AGE, MAINTENANCE_TIMEOUT);
        } catch (RuntimeException e) {
            host.logger().log(System.Logger.Level.WARNING, "pool maintenance failed: " + e.getMessage());
        }
    }

    synchronized void stop(Duration timeout) {
        stopped = true;
        if (maintenance != null) {
            maintenance.cancel(true);
        }
        if (refills != null) {
            refills.shutdownNow();
            try {
                refills.awaitTermination(Math.min(timeout.toMillis(), 10_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            pool.drainWarming(new GitRunner(exec, Deadline.of("deactivate", timeout, host.clock())));
        } catch (RuntimeException e) {
            // Deactivate never throws; a member left warming is destroyed by the next activation.
            host.logger().log(System.Logger.Level.WARNING, "draining warming members failed: " + e.getMessage());
        }
    }

    private static boolean oneFilesystem(ProviderHost host, StateLayout layout) {
        try {
            boolean same = Files.getFileStore(layout.cache()).equals(Files.getFileStore(layout.worktrees()))
                    && Files.getFileStore(layout.cache()).equals(Files.getFileStore(layout.workareas()));
            if (!same) {
                host.logger().log(System.Logger.Level.WARNING, "cache/, worktrees/ and workareas/ are on different "
                        + "filesystems; git worktree move cannot rename across them, so the pool is disabled");
            }
            return same;
        } catch (IOException e) {
            return false;
        }
    }
}
