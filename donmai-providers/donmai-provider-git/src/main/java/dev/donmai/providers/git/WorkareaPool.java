package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.runtime.spi.git.GitExec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The warm pool (sessions.md §13): clean, detached linked worktrees under {@code cache/pool/<memberId>/}, kept per
 * {@link PoolKey} with one mutex per key, their rows in a {@link PoolIndex}. Acquire claims a member under the key's
 * mutex and does the checkout work outside it; a returned workarea becomes a new member (new id) only when it is
 * clean and its checksum is the key's; {@link #warm} builds members on demand and {@link #evict} enforces the disk
 * budget, least recently used first. Both are what the provider's background jobs call, and what tests call
 * directly instead of waiting for a timer.
 */
public final class WorkareaPool {

    /** A mirror unused this long, with no worktree left, may be evicted. */
    static final Duration MIRROR_IDLE = Duration.ofHours(24);
    private static final double PRESSURE = 0.8;
    private static final double EVICT = 0.9;

    private final StateLayout layout;
    private final PoolIndex index;
    private final MirrorCache mirrors;
    private final GitExec exec;
    private final Clock clock;
    private final boolean enabled;
    private final int maxReadyPerKey;
    private final long budgetBytes;
    private final System.Logger logger;
    private final KeyedLocks<PoolKey> keyLocks = new KeyedLocks<>();
    private final Map<String, RepositoryLocation> repositories = new ConcurrentHashMap<>();
    private volatile boolean pressure;
    private volatile boolean noNewMembers;

    WorkareaPool(StateLayout layout, PoolIndex index, MirrorCache mirrors, GitExec exec, Clock clock, boolean enabled,
            int maxReadyPerKey, long budgetBytes, System.Logger logger) {
        this.layout = layout;
        this.index = index;
        this.mirrors = mirrors;
        this.exec = exec;
        this.clock = clock;
        this.enabled = enabled;
        this.maxReadyPerKey = maxReadyPerKey;
        this.budgetBytes = budgetBytes;
        this.logger = logger;
    }

    // ------------------------------------------------------------------ on demand (warmer, disk check, tests)

    /**
     * Makes sure {@code key} has at least {@code count} ready members at the commit its ref resolves to now
     * (fetching as an acquire would), within {@code maxReadyPerKey}: ready members at an older commit are retired
     * first to make room. Builds nothing while the pool is disabled or the disk is at or above 90 % of its budget.
     *
     * @return how many ready members the key has at the current commit afterwards
     */
    public int warm(PoolKey key, int count, Duration timeout) {
        GitRunner git = new GitRunner(exec, Deadline.of("warm", timeout, clock));
        RepositoryLocation repo = repositories.computeIfAbsent(key.repository(), RepositoryLocation::parse);
        List<PoolMember> planned = new ArrayList<>();
        Path mirror;
        String commit;
        String checksum;
        try (KeyedLocks.Held held = keyLocks.lock(key, git.deadline())) {
            mirror = mirrors.ensure(git, repo);
            commit = mirrors.resolve(git, repo, mirror, key.ref());
            checksum = CleanState.checksum(CleanState.treeOf(git, mirror, commit), key.toolchainKey());
            List<PoolMember> ready = ready(key);
            long current = ready.stream().filter(m -> m.commit().equals(commit)).count();
            if (!enabled || noNewMembers || current >= count) {
                return (int) current;
            }
            int room = maxReadyPerKey - (int) held(key);
            List<PoolMember> stale = ready.stream().filter(m -> !m.commit().equals(commit)).toList();
            int wanted = (int) Math.min(count - current, maxReadyPerKey - current);
            for (int i = 0; room < wanted && i < stale.size(); i++, room++) {
                retire(git, stale.get(i));
            }
            for (int i = 0; i < Math.min(wanted, room); i++) {
                String id = newMemberId();
                PoolMember member = new PoolMember(id, key, commit, layout.member(id), MemberStatus.WARMING, checksum,
                        0, clock.instant(), null, null);
                index.put(member);
                planned.add(member);
            }
        }
        for (PoolMember member : planned) {
            build(git, mirror, member);
        }
        return (int) ready(key).stream().filter(m -> m.commit().equals(commit)).count();
    }

    /**
     * Checks the disk budget ({@code poolMaxDiskGb}; sessions.md §13): usage = mirrors ({@code git count-objects})
     * + members (measured at creation). At 80 % it warns (condition {@code disk-pressure}); at 90 % it stops new
     * members and evicts ready members least recently used first, then mirrors without any worktree and unused for
     * 24 h, until usage is below 80 %. Archives do not count; session acquires are never refused.
     */
    public EvictionReport evict(Duration timeout) {
        return evict(budgetBytes, timeout);
    }

    /** {@link #evict(Duration)} against {@code budgetBytes} instead of the configured budget. */
    EvictionReport evict(long budgetBytes, Duration timeout) {
        if (budgetBytes <= 0) {
            pressure = false;
            noNewMembers = false;
            return EvictionReport.off();
        }
        GitRunner git = new GitRunner(exec, Deadline.of("evict", timeout, clock));
        Map<String, Long> mirrorUsage = mirrorUsage(git);
        long before = mirrorUsage.values().stream().mapToLong(Long::longValue).sum()
                + index.all().stream().mapToLong(PoolMember::diskUsageBytes).sum();
        long usage = before;
        boolean warn = usage >= PRESSURE * budgetBytes;
        List<String> evictedMembers = new ArrayList<>();
        List<String> evictedMirrors = new ArrayList<>();
        if (usage >= EVICT * budgetBytes) {
            List<PoolMember> lru = index.all().stream().filter(m -> m.status() == MemberStatus.READY)
                    .sorted(Comparator.comparing(PoolMember::lastUsed).thenComparing(PoolMember::id)).toList();
            for (PoolMember member : lru) {
                if (usage < PRESSURE * budgetBytes) {
                    break;
                }
                if (retireIfReady(git, member)) {
                    usage -= member.diskUsageBytes();
                    evictedMembers.add(member.id());
                }
            }
            Instant idleBefore = clock.instant().minus(MIRROR_IDLE);
            for (Map.Entry<String, Long> mirror : mirrorUsage.entrySet()) {
                if (usage < PRESSURE * budgetBytes) {
                    break;
                }
                if (lastUsed(mirror.getKey()).isBefore(idleBefore) && hasNoMembers(mirror.getKey())
                        && mirrors.evictIfUnused(git, mirror.getKey())) {
                    usage -= mirror.getValue();
                    evictedMirrors.add(mirror.getKey());
                }
            }
        }
        noNewMembers = usage >= EVICT * budgetBytes;
        pressure = usage >= PRESSURE * budgetBytes;
        if (warn) {
            logger.log(System.Logger.Level.WARNING, "disk-pressure: workarea cache uses " + before + " of "
                    + budgetBytes + " bytes; evicted " + evictedMembers.size() + " members, "
                    + evictedMirrors.size() + " mirrors");
        }
        return new EvictionReport(budgetBytes, before, usage, warn, evictedMembers, evictedMirrors);
    }

    /**
     * Retires ready members created more than {@code age} ago (sessions.md §13: members older than 24 h).
     *
     * @return the ids retired
     */
    public List<String> retireOlderThan(Duration age, Duration timeout) {
        GitRunner git = new GitRunner(exec, Deadline.of("retire", timeout, clock));
        Instant cutoff = clock.instant().minus(age);
        List<String> retired = new ArrayList<>();
        for (PoolMember member : index.all()) {
            if (member.createdAt().isBefore(cutoff) && retireIfReady(git, member)) {
                retired.add(member.id());
            }
        }
        return retired;
    }

    /** A snapshot of every member row. */
    public List<PoolMember> members() {
        return index.all();
    }

    /** The ready members of {@code key}, oldest first. */
    public List<PoolMember> ready(PoolKey key) {
        return index.members(key).stream().filter(m -> m.status() == MemberStatus.READY).toList();
    }

    /** True after a disk check found usage at or above 80 % of the budget. */
    public boolean diskPressure() {
        return pressure;
    }

    /** True when returned workareas may become members (configured on, and one filesystem). */
    public boolean enabled() {
        return enabled;
    }

    // ------------------------------------------------------------------ acquire and release

    KeyedLocks.Held lock(PoolKey key, Deadline deadline) {
        return keyLocks.lock(key, deadline);
    }

    void remember(RepositoryLocation repo) {
        repositories.putIfAbsent(repo.canonical(), repo);
    }

    /**
     * Under the key's mutex: picks a ready member at {@code commit} (warm), else the oldest ready one at another
     * commit (fresh), and marks it acquired by {@code sessionId}.
     */
    Optional<PoolMember> claim(PoolKey key, String commit, String sessionId) {
        if (!enabled) {
            return Optional.empty();
        }
        List<PoolMember> ready = ready(key);
        Optional<PoolMember> pick = ready.stream().filter(m -> m.commit().equals(commit)).findFirst()
                .or(() -> ready.stream().findFirst());
        Instant now = clock.instant();
        Optional<PoolMember> claimed = pick.map(m -> m.acquiredBy(sessionId, now));
        claimed.ifPresent(index::put);
        return claimed;
    }

    /** Forgets a claimed member that became a workarea (its directory is the workarea now). */
    void consumed(PoolMember member) {
        index.remove(member.id());
    }

    /** Marks a member invalid and destroys it wherever it now is ({@code at}). */
    void invalidate(GitRunner git, PoolMember member, Path mirror, Path at) {
        index.put(member.withStatus(MemberStatus.INVALID));
        Worktrees.destroy(git, mirror, at);
        index.remove(member.id());
    }

    /**
     * Turns the clean returned workarea at {@code path} into a new ready member of {@code key}, or says why not.
     *
     * @return empty when it became a member; else the warning code ({@code pool-disabled}, {@code pool-full},
     *         {@code disk-pressure})
     */
    Optional<String> park(GitRunner git, Path mirror, Path path, PoolKey key, String commit, String checksum) {
        if (!enabled) {
            return Optional.of("pool-disabled");
        }
        if (noNewMembers) {
            return Optional.of("disk-pressure");
        }
        String id = newMemberId();
        Path target = layout.member(id);
        try (KeyedLocks.Held held = keyLocks.lock(key, git.deadline())) {
            if (held(key) >= maxReadyPerKey) {
                return Optional.of("pool-full");
            }
            index.put(new PoolMember(id, key, commit, target, MemberStatus.RELEASING, checksum, 0, clock.instant(),
                    null, null));
        }
        try {
            Files.createDirectories(layout.pool());
            Worktrees.move(git, mirror, path, target);
        } catch (IOException | RuntimeException e) {
            index.remove(id);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
        index.put(new PoolMember(id, key, commit, target, MemberStatus.READY, checksum, FileTrees.sizeOf(target),
                clock.instant(), null, null));
        return Optional.empty();
    }

    /** Destroys member directories under {@code cache/pool/} that have no row (left by an earlier process). */
    void purgeOrphans(GitRunner git) {
        Path pool = layout.pool();
        if (!Files.isDirectory(pool)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(pool)) {
            for (Path dir : dirs.toList()) {
                if (index.find(dir.getFileName().toString()).isEmpty()) {
                    Worktrees.destroy(git, Worktrees.mirrorOf(git, dir), dir);
                }
            }
        } catch (IOException e) {
            logger.log(System.Logger.Level.WARNING, "cannot list the pool directory: " + e.getClass().getSimpleName());
        }
    }

    /** Destroys members still warming (drain: sessions.md §13); ready members stay. */
    void drainWarming(GitRunner git) {
        for (PoolMember member : index.all()) {
            if (member.status() == MemberStatus.WARMING) {
                Worktrees.destroy(git, mirrorFor(member), member.path());
                index.remove(member.id());
            }
        }
    }

    // ------------------------------------------------------------------ internals

    private void build(GitRunner git, Path mirror, PoolMember member) {
        try {
            Files.createDirectories(layout.pool());
            Worktrees.addDetached(git, mirror, member.path(), member.commit());
            Optional<String> measured = CleanState.measure(git, member.path(), member.key().toolchainKey());
            if (measured.isEmpty() || !measured.get().equals(member.cleanStateChecksum())) {
                throw new ProviderException.OperationFailed(git.verb(), "unclean-checkout", false);
            }
            PoolMember ready = new PoolMember(member.id(), member.key(), member.commit(), member.path(),
                    MemberStatus.READY, member.cleanStateChecksum(), FileTrees.sizeOf(member.path()),
                    clock.instant(), null, null);
            if (index.find(member.id()).isPresent()) {
                index.put(ready);
            } else {
                // Drained while building: the row is gone, so is the member.
                Worktrees.destroy(git, mirror, member.path());
            }
        } catch (IOException | RuntimeException e) {
            Worktrees.destroy(git, mirror, member.path());
            index.remove(member.id());
            if (e instanceof ProviderException.Cancelled || e instanceof ProviderException.Timeout) {
                throw (RuntimeException) e;
            }
            logger.log(System.Logger.Level.WARNING, "warming a member of " + member.key() + " failed: "
                    + e.getMessage());
        }
    }

    /** Members that are or are about to be ready: what {@code maxReadyPerKey} bounds. */
    private long held(PoolKey key) {
        return index.members(key).stream().filter(m -> m.status() == MemberStatus.READY
                || m.status() == MemberStatus.RELEASING || m.status() == MemberStatus.WARMING).count();
    }

    private boolean retireIfReady(GitRunner git, PoolMember member) {
        try (KeyedLocks.Held held = keyLocks.lock(member.key(), git.deadline())) {
            Optional<PoolMember> row = index.find(member.id());
            if (row.isEmpty() || row.get().status() != MemberStatus.READY) {
                return false;
            }
            retire(git, row.get());
            return true;
        }
    }

    /** Under the key's mutex: retire and destroy one member. */
    private void retire(GitRunner git, PoolMember member) {
        index.put(member.withStatus(MemberStatus.RETIRED));
        Worktrees.destroy(git, mirrorFor(member), member.path());
        index.remove(member.id());
    }

    private Path mirrorFor(PoolMember member) {
        RepositoryLocation repo = repositories.computeIfAbsent(member.key().repository(), RepositoryLocation::parse);
        return layout.mirror(repo.repoKey());
    }

    private boolean hasNoMembers(String repoKey) {
        return index.all().stream().noneMatch(m -> mirrorFor(m).equals(layout.mirror(repoKey)));
    }

    private Instant lastUsed(String repoKey) {
        return mirrors.lastUsed(repoKey).orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(layout.mirror(repoKey)).toInstant();
            } catch (IOException e) {
                return Instant.EPOCH;
            }
        });
    }

    private Map<String, Long> mirrorUsage(GitRunner git) {
        Map<String, Long> usage = new java.util.LinkedHashMap<>();
        Path cache = layout.cache();
        if (!Files.isDirectory(cache)) {
            return usage;
        }
        try (Stream<Path> dirs = Files.list(cache)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.endsWith(".git") && Files.isRegularFile(dir.resolve("HEAD"))) {
                    usage.put(name.substring(0, name.length() - 4), mirrors.diskUsage(git, dir));
                }
            }
        } catch (IOException e) {
            logger.log(System.Logger.Level.WARNING, "cannot list the cache directory: " + e.getClass().getSimpleName());
        }
        return usage;
    }

    private static String newMemberId() {
        return "pm-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
