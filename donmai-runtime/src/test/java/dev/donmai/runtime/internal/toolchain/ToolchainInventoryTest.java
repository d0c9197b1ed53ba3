package dev.donmai.runtime.internal.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.providers.tck.MutableClock;
import dev.donmai.runtime.api.ToolchainUnmet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ToolchainInventoryTest {

    /** Probe output by the command's first word; absent = not installed. */
    private final Map<String, String> outputs = new HashMap<>(Map.of(
            "java", "openjdk version \"17.0.9\" 2023-10-17\nOpenJDK Runtime Environment",
            "node", "v20.11.1\n",
            "python3", "Python 3.11.6\n",
            "go", "go version go1.22.1 linux/amd64\n"));
    private final AtomicInteger probes = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CommandRunner runner = (command, timeout) -> {
        probes.incrementAndGet();
        assertThat(timeout).isEqualTo(Duration.ofSeconds(5));
        return Optional.ofNullable(outputs.get(command.get(0)));
    };
    private final ToolchainInventory inventory = new ToolchainInventory(runner, clock);

    @Test
    void parsesEveryProbeFormat() {
        assertThat(ToolVersion.fromProbeOutput("java", "java version \"1.8.0_392\"")).map(Object::toString)
                .hasValue("8.0.392");
        assertThat(ToolVersion.fromProbeOutput("java", "openjdk version \"21\" 2023-09-19")).map(Object::toString)
                .hasValue("21");
        assertThat(ToolVersion.fromProbeOutput("node", "v20.11.1")).map(Object::toString).hasValue("20.11.1");
        assertThat(ToolVersion.fromProbeOutput("python", "Python 3.11.6")).map(Object::toString).hasValue("3.11.6");
        assertThat(ToolVersion.fromProbeOutput("go", "go version go1.22.1 linux/amd64")).map(Object::toString)
                .hasValue("1.22.1");
        assertThat(ToolVersion.fromProbeOutput("ruby", "ruby 3.3")).isEmpty();
    }

    @Test
    void demandGrammar() {
        ToolVersion v = ToolVersion.parse("17.0.9").orElseThrow();
        assertThat(accepts("17", v)).isTrue();
        assertThat(accepts("17.0", v)).isTrue();
        assertThat(accepts("1", v)).isFalse();
        assertThat(accepts("17.0.9", v)).isTrue();
        assertThat(accepts("17.0.8", v)).isFalse();
        assertThat(accepts(">=17", v)).isTrue();
        assertThat(accepts(">=17.0.10", v)).isFalse();
        assertThat(accepts("<18", v)).isTrue();
        assertThat(accepts(">=18 <22", v)).isFalse();
        assertThat(accepts(">=16 <22", v)).isTrue();
        assertThat(Demand.parse("~17")).isEmpty();
        assertThat(Demand.parse(" ")).isEmpty();
    }

    @Test
    void metDemandsGiveTheToolchainKey() {
        ToolchainInventory.Check check = inventory.check(Map.of("node", ">=18 <22", "java", "17"));

        assertThat(check.satisfied()).isTrue();
        assertThat(check.toolchainKey()).isEqualTo("java@17.0,node@20.11");
        assertThat(check.resolved()).containsEntry("java", "17.0.9");
        assertThat(inventory.check(Map.of()).toolchainKey()).isEqualTo("none");
    }

    @Test
    void unknownMissingAndWrongVersionsAreUnmet() {
        outputs.remove("go");
        ToolchainInventory.Check check = inventory.check(Map.of("java", ">=21", "go", "1.22", "zig", "0.11",
                "node", "not a demand"));

        assertThat(check.unmet()).containsExactly(new ToolchainUnmet("go", "1.22", null),
                new ToolchainUnmet("java", ">=21", "17.0.9"), new ToolchainUnmet("node", "not a demand", "20.11.1"),
                new ToolchainUnmet("zig", "0.11", null));
        assertThat(check.unmet().get(1).describe()).isEqualTo("java >=21 (found 17.0.9)");
        assertThat(check.unmet().get(0).describe()).isEqualTo("go 1.22 (found none)");
    }

    @Test
    void pythonFallsBackToPython() {
        outputs.remove("python3");
        outputs.put("python", "Python 3.9.2");

        assertThat(inventory.installed()).containsEntry("python", "3.9.2");
    }

    @Test
    void probesAreCachedForTenMinutesAndRefreshOnDemand() {
        inventory.check(Map.of("java", "17"));
        int first = probes.get();
        inventory.check(Map.of("java", "17"));
        assertThat(probes.get()).isEqualTo(first);

        outputs.put("java", "openjdk version \"21.0.1\"");
        clock.advance(Duration.ofMinutes(9));
        assertThat(inventory.check(Map.of("java", "21")).satisfied()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(inventory.check(Map.of("java", "21")).satisfied()).isTrue();

        outputs.put("java", "openjdk version \"22\"");
        inventory.refresh();
        assertThat(inventory.installed()).containsEntry("java", "22");
    }

    private static boolean accepts(String demand, ToolVersion v) {
        return Demand.parse(demand).orElseThrow().accepts(v);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void probeCommandsFollowTheTable() {
        assertThat(ToolchainInventory.PROBES.get("java")).containsExactly(List.of("java", "-version"));
        assertThat(ToolchainInventory.PROBES.get("python")).containsExactly(List.of("python3", "--version"),
                List.of("python", "--version"));
    }
}
