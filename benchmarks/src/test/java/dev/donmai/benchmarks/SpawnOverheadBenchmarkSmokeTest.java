package dev.donmai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the P2 code works with 3 runs of each variant (1 warm-up) through the real engine, stub adapter and bare
 * process; checks no target — the real run is {@code -Pbench} or {@code scripts/bench/p2-spawn-overhead.sh}.
 */
class SpawnOverheadBenchmarkSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void tinyRunTimesAllThreeVariantsAndMergesItsFigures() throws Exception {
        Path results = tmp.resolve("target/results.json");
        SpawnOverheadBenchmark.Options tiny = new SpawnOverheadBenchmark.Options(3, 1, 50.0, tmp.resolve("work"),
                results, false);

        SpawnOverheadBenchmark.Outcome outcome = SpawnOverheadBenchmark.run(tiny,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(outcome.runnerMs()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(outcome.bareMs()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(outcome.adapterMs()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
        assertThat(outcome.overheadMs())
                .isEqualTo(Stats.median(outcome.runnerMs()) - Stats.median(outcome.bareMs()));
        assertThat(outcome.figures()).extracting(f -> f.get("metric")).containsExactly("spawn_overhead_p50_ms",
                "runner_first_event_ms", "bare_first_line_ms", "adapter_first_event_ms");
        assertThat(MarkingWorkareaProviderFactory.ACQUIRED).isEmpty();

        JsonNode file = Results.JSON.readTree(results.toFile());
        assertThat(file.path("figures")).extracting(n -> n.path("id").asText() + "/" + n.path("metric").asText())
                .containsExactly("P2/adapter_first_event_ms", "P2/bare_first_line_ms", "P2/runner_first_event_ms",
                        "P2/spawn_overhead_p50_ms");
        assertThat(file.path("machine").path("cpu").path("model").asText()).isNotEmpty();
        assertThat(tmp.resolve("work")).isEmptyDirectory();
    }
}
