package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PoolIndex} does; each implementation's test extends this. */
abstract class PoolIndexContract {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00.250Z");
    static final PoolKey MAIN = new PoolKey("https://example.invalid/acme/app.git", "main", "none");
    static final PoolKey DEV = new PoolKey("https://example.invalid/acme/app.git", "dev", "java@17.0");

    PoolIndex index;

    /** A new, empty index. */
    abstract PoolIndex newIndex();

    @BeforeEach
    void create() {
        index = newIndex();
    }

    @AfterEach
    void close() {
        index.close();
    }

    static PoolMember member(String id, PoolKey key, Instant created, MemberStatus status) {
        return new PoolMember(id, key, "c0ffee" + id, Path.of("/state/cache/pool").resolve(id), status,
                "sum-" + id, 1234L, created, null, null);
    }

    @Test
    void aPutMemberIsFoundWithEveryField() {
        PoolMember acquired = member("pm-1", MAIN, T0, MemberStatus.READY).acquiredBy("s-9", T0.plusSeconds(5));
        index.put(acquired);
        assertThat(index.find("pm-1")).contains(acquired);
        assertThat(index.find("pm-2")).isEmpty();
    }

    @Test
    void putReplacesTheRowOfTheSameId() {
        index.put(member("pm-1", MAIN, T0, MemberStatus.WARMING));
        index.put(member("pm-1", MAIN, T0, MemberStatus.WARMING).withStatus(MemberStatus.READY));
        assertThat(index.all()).singleElement().extracting(PoolMember::status).isEqualTo(MemberStatus.READY);
    }

    @Test
    void removeDeletesAndToleratesAbsentRows() {
        index.put(member("pm-1", MAIN, T0, MemberStatus.READY));
        index.remove("pm-1");
        index.remove("pm-never");
        assertThat(index.find("pm-1")).isEmpty();
        assertThat(index.all()).isEmpty();
    }

    @Test
    void membersOfAKeyAndAllRowsComeOldestFirst() {
        index.put(member("pm-c", MAIN, T0.plusSeconds(2), MemberStatus.READY));
        index.put(member("pm-a", DEV, T0, MemberStatus.WARMING));
        index.put(member("pm-b", MAIN, T0, MemberStatus.RELEASING));
        index.put(member("pm-0", MAIN, T0, MemberStatus.INVALID));
        assertThat(index.members(MAIN)).extracting(PoolMember::id).containsExactly("pm-0", "pm-b", "pm-c");
        assertThat(index.members(DEV)).extracting(PoolMember::id).containsExactly("pm-a");
        assertThat(index.members(new PoolKey(MAIN.repository(), "main", "node@20.11"))).isEmpty();
        assertThat(index.all()).extracting(PoolMember::id).containsExactly("pm-0", "pm-a", "pm-b", "pm-c");
    }

    @Test
    void everyStatusIsKept() {
        for (MemberStatus status : MemberStatus.values()) {
            index.put(member("pm-" + status.wire(), MAIN, T0, status));
        }
        assertThat(index.all()).extracting(PoolMember::status).containsExactlyInAnyOrder(MemberStatus.values());
    }

    @Test
    void closingKeepsTheRowsForTheNextCall() {
        index.put(member("pm-1", MAIN, T0, MemberStatus.READY));
        index.close();
        assertThat(index.find("pm-1")).isPresent();
    }
}
