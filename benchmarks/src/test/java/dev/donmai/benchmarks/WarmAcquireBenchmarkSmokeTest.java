package dev.donmai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the P1 code works on a tiny input (20 files, 3 samples, 2 clones); measures nothing worth reading and
 * checks no target — the real run is {@code -Pbench} or {@code scripts/bench/p1-warm-acquire.sh}.
 */
class WarmAcquireBenchmarkSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void tinyRunMeasuresOnlyWarmAcquiresAndMergesItsFiguresIntoTheResultsFile() throws Exception {
        Path results = tmp.resolve("target/results.json");
        Files.createDirectories(results.getParent());
        Files.writeString(results, "{\"schemaVersion\":1,\"figures\":[{\"id\":\"P0\",\"metric\":\"other\",\"value\":1},"
                + "{\"id\":\"P1\",\"metric\":\"warm_acquire_p95_ms\",\"value\":-1}]}");
        WarmAcquireBenchmark.Options tiny = new WarmAcquireBenchmark.Options(4, 5, 256, 3, 1, 2, 0.10,
                tmp.resolve("work"), results, false, true, 1e9, 0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        WarmAcquireBenchmark.Outcome outcome = WarmAcquireBenchmark.run(tiny,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(outcome.warmMs()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(outcome.discarded()).isEmpty();
        assertThat(outcome.cloneMs()).hasSize(2);
        assertThat(outcome.ratio()).isEqualTo(outcome.p95() / outcome.cloneMedian());
        assertThat(outcome.figures()).extracting(f -> f.get("metric"))
                .containsExactly("warm_acquire_p95_ms", "clone_local_median_ms", "warm_acquire_ratio");
        assertThat(Results.line(outcome.figures().get(0))).startsWith("{\"id\":\"P1\",\"metric\":\"warm_acquire_p95_ms\"")
                .doesNotContain("\n");

        JsonNode file = Results.JSON.readTree(results.toFile());
        assertThat(file.path("machine").path("cpu").path("nproc").asInt()).isPositive();
        assertThat(file.path("machine").path("jdk").path("version").asText()).isNotEmpty();
        assertThat(file.path("machine").path("disk").path("path").asText()).startsWith(tmp.resolve("work").toString());
        assertThat(file.path("figures")).extracting(n -> n.path("id").asText() + "/" + n.path("metric").asText())
                .containsExactly("P0/other", "P1/clone_local_median_ms", "P1/warm_acquire_p95_ms",
                        "P1/warm_acquire_ratio");
        assertThat(file.path("figures").get(2).path("value").asDouble()).isPositive();
        assertThat(file.path("figures").get(2).path("kept").asInt()).isEqualTo(3);
        assertThat(tmp.resolve("work")).isEmptyDirectory();
    }

    @Test
    void breakdownTimesEveryGitCommandOfAWarmAcquire() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        var steps = WarmAcquireBreakdown.run(4, 5, 2, tmp.resolve("breakdown"), false, print, print);

        assertThat(steps).hasSize(8).containsKey("sum")
                .allSatisfy((step, ms) -> assertThat(ms).hasSize(2).allSatisfy(v -> assertThat(v).isPositive()));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(8)
                .allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"P1-breakdown\""));
        assertThat(tmp.resolve("breakdown")).isEmptyDirectory();
    }
}
