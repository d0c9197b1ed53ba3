package dev.donmai.providers.git;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PoolIndex} in memory. Rows are lost with the process; the provider therefore destroys the member
 * directories it finds under {@code cache/pool/} at activation instead of trusting them (a member whose row is gone
 * cannot be verified against its key).
 */
public final class InMemoryPoolIndex implements PoolIndex {

    private static final Comparator<PoolMember> OLDEST_FIRST =
            Comparator.comparing(PoolMember::createdAt).thenComparing(PoolMember::id);

    private final ConcurrentHashMap<String, PoolMember> rows = new ConcurrentHashMap<>();

    @Override
    public void put(PoolMember member) {
        rows.put(member.id(), member);
    }

    @Override
    public void remove(String memberId) {
        rows.remove(memberId);
    }

    @Override
    public Optional<PoolMember> find(String memberId) {
        return Optional.ofNullable(rows.get(memberId));
    }

    @Override
    public List<PoolMember> members(PoolKey key) {
        return rows.values().stream().filter(m -> m.key().equals(key)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<PoolMember> all() {
        return rows.values().stream().sorted(OLDEST_FIRST).toList();
    }
}
