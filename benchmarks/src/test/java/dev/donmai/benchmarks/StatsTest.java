package dev.donmai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesAreNearestRank() {
        List<Double> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> (double) i).toList();
        assertThat(Stats.percentile(fifty, 95)).isEqualTo(48.0);
        assertThat(Stats.percentile(fifty, 50)).isEqualTo(25.0);
        assertThat(Stats.percentile(List.of(7.0), 95)).isEqualTo(7.0);
        List<Double> twoHundred = IntStream.rangeClosed(1, 200).mapToObj(i -> (double) i).toList();
        assertThat(Stats.percentile(twoHundred, 50)).isEqualTo(100.0);
    }

    @Test
    void medianAveragesTheMiddlePair() {
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
