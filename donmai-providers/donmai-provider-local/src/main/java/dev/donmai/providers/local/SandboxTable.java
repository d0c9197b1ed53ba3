package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.sandbox.SandboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandboxes a provider tracks, by external id. Every transition is one atomic step under the table's lock, so
 * concurrent verbs agree on who ended a sandbox (and publishes its cost) and on how many slots are held. No I/O
 * happens under the lock.
 */
final class SandboxTable {

    /** How long an ended sandbox keeps its own final status before it is forgotten. */
    static final Duration RETENTION = Duration.ofHours(1);

    private final Map<String, LocalSandbox> sandboxes = new HashMap<>();

    /** The sandbox {@code id}, if tracked. */
    synchronized Optional<LocalSandbox> find(String id) {
        return Optional.ofNullable(sandboxes.get(id));
    }

    /** Live sandboxes: the slots held against {@code maxConcurrent}. */
    synchronized int live() {
        return (int) sandboxes.values().stream().filter(LocalSandbox::live).count();
    }

    /** Adds a new sandbox unless {@code limit} slots are already held; false when at the limit. */
    synchronized boolean admit(LocalSandbox sandbox, @Nullable Integer limit) {
        if (limit != null && live() >= limit) {
            return false;
        }
        sandboxes.put(sandbox.id(), sandbox);
        return true;
    }

    /** Tracks a sandbox found on disk, unless another call tracked it first; returns the tracked one. */
    synchronized LocalSandbox adopt(LocalSandbox sandbox) {
        return sandboxes.computeIfAbsent(sandbox.id(), id -> sandbox);
    }

    /** Ends provisioning with {@code status} ({@code Ready} or {@code Failed}), if it is still provisioning. */
    synchronized void settle(String id, SandboxStatus status, Instant at) {
        sandboxes.computeIfPresent(id,
                (key, s) -> s.status() instanceof SandboxStatus.Provisioning ? s.with(status, at) : s);
    }

    /** Marks a live sandbox as running {@code running}'s worker; empty when it has ended. */
    synchronized Optional<LocalSandbox> run(String id, SandboxStatus.Running running, Instant at) {
        LocalSandbox sandbox = sandboxes.get(id);
        if (sandbox == null || !sandbox.live()) {
            return Optional.empty();
        }
        LocalSandbox next = running.equals(sandbox.status()) ? sandbox : sandbox.with(running, at);
        sandboxes.put(id, next);
        return Optional.of(next);
    }

    /**
     * Moves a sandbox that is not yet {@code Terminated} (live or {@code Failed}) to {@code Terminated(reason, at)}.
     *
     * @return the terminated sandbox iff this call terminated it
     */
    synchronized Optional<LocalSandbox> end(String id, String reason, Instant at) {
        LocalSandbox sandbox = sandboxes.get(id);
        if (sandbox == null || sandbox.status() instanceof SandboxStatus.Terminated) {
            return Optional.empty();
        }
        LocalSandbox ended = sandbox.with(new SandboxStatus.Terminated(reason, at), at);
        sandboxes.put(id, ended);
        return Optional.of(ended);
    }

    /**
     * Terminates every sandbox that has run out by {@code now} and forgets those ended longer than
     * {@link #RETENTION} ago (a forgotten one reads as {@code Terminated("not-found")}, still terminated).
     *
     * @return the sandboxes this call terminated
     */
    synchronized List<LocalSandbox> expire(Instant now) {
        List<LocalSandbox> ended = new ArrayList<>();
        for (LocalSandbox sandbox : List.copyOf(sandboxes.values())) {
            sandbox.expiry(now).flatMap(reason -> end(sandbox.id(), reason, now)).ifPresent(ended::add);
        }
        Instant horizon = now.minus(RETENTION);
        sandboxes.values().removeIf(s -> !s.live() && s.since().isBefore(horizon));
        return ended;
    }

    /** Forgets every sandbox (deactivation); their directories stay on disk. */
    synchronized void clear() {
        sandboxes.clear();
    }
}
