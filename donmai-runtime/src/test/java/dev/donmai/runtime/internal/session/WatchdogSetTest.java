package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.Usage;
import dev.donmai.runtime.fakes.session.ManualTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchdogSetTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualTicker ticker = new ManualTicker();
    private final CostMeter meter = new CostMeter();

    private WatchdogSet watchdogs(long maxDuration, long noProgress, long noProgressTool, Double maxCost,
            Long maxTokens) {
        return new WatchdogSet(ticker, new WatchdogSet.Limits(Duration.ofSeconds(maxDuration),
                Duration.ofSeconds(noProgress), Duration.ofSeconds(noProgressTool), maxCost, maxTokens), meter);
    }

    @Test
    void maxDurationFiresTimeoutEvenWithProgress() {
        WatchdogSet w = watchdogs(60, 900, 1800, null, null);
        for (int i = 0; i < 5; i++) {
            ticker.advance(Duration.ofSeconds(11));
            w.onEvent(text());
        }
        assertThat(w.check()).isEmpty();
        ticker.advance(Duration.ofSeconds(5));
        assertThat(w.check()).contains(FailureMode.TIMEOUT);
    }

    @Test
    void noProgressIsResetByEventsButNotByUnparsedLines() {
        WatchdogSet w = watchdogs(0, 10, 30, null, null);
        ticker.advance(Duration.ofSeconds(9));
        w.onEvent(text());
        ticker.advance(Duration.ofSeconds(9));
        assertThat(w.check()).isEmpty();
        w.onEvent(new AgentEvent.SystemNotice(AT, AgentEvent.SystemNotice.UNPARSED, null, "garbage", null, null));
        ticker.advance(Duration.ofSeconds(1));
        assertThat(w.check()).contains(FailureMode.NO_PROGRESS);
    }

    @Test
    void anOpenToolCallGetsTheLongerLimit() {
        WatchdogSet w = watchdogs(0, 10, 30, null, null);
        w.onEvent(new AgentEvent.ToolUse(AT, "t1", "bash", Map.of(), null, null));
        ticker.advance(Duration.ofSeconds(29));
        assertThat(w.check()).isEmpty();
        w.onEvent(new AgentEvent.ToolResult(AT, "t1", null, "ok", false, null));
        ticker.advance(Duration.ofSeconds(10));
        assertThat(w.check()).contains(FailureMode.NO_PROGRESS);
    }

    @Test
    void anonymousToolCallsCountToo() {
        WatchdogSet w = watchdogs(0, 10, 30, null, null);
        w.onEvent(new AgentEvent.ToolUse(AT, null, "bash", Map.of(), null, null));
        ticker.advance(Duration.ofSeconds(20));
        assertThat(w.check()).isEmpty();
        ticker.advance(Duration.ofSeconds(10));
        assertThat(w.check()).contains(FailureMode.NO_PROGRESS);
    }

    @Test
    void budgetFiresOnCostOrTokens() {
        WatchdogSet byCost = watchdogs(0, 0, 0, 2.5, null);
        feed(byCost, new AgentEvent.SystemNotice(AT, "usage", null, null, 2.0, null));
        assertThat(byCost.check()).isEmpty();
        feed(byCost, new AgentEvent.SystemNotice(AT, "usage", null, null, 3.0, null));
        assertThat(byCost.check()).contains(FailureMode.BUDGET);

        CostMeter other = new CostMeter();
        WatchdogSet byTokens = new WatchdogSet(ticker, new WatchdogSet.Limits(Duration.ZERO, Duration.ZERO,
                Duration.ZERO, null, 100L), other);
        other.observe(new AgentEvent.SystemNotice(AT, "usage", null, null, null, new Usage(60, 41, 500, 0)));
        assertThat(byTokens.check()).contains(FailureMode.BUDGET);
    }

    @Test
    void zeroLimitsAreOffAndDisarmStopsEverything() {
        WatchdogSet off = watchdogs(0, 0, 0, null, null);
        ticker.advance(Duration.ofDays(2));
        assertThat(off.check()).isEmpty();

        WatchdogSet w = watchdogs(1, 1, 1, null, null);
        w.disarm();
        ticker.advance(Duration.ofHours(1));
        assertThat(w.check()).isEmpty();
    }

    @Test
    void costMeterPrefersResultThenLastNoticeThenCalls() {
        CostMeter m = new CostMeter();
        assertThat(m.costUsd()).isEmpty();
        assertThat(m.costSource()).isEqualTo(CostMeter.Source.NONE);
        m.observe(new AgentEvent.LlmCall(AT, null, 1, 1, 0, 0.25, dev.donmai.contracts.session.LlmCallOrigin.PROVIDER));
        assertThat(m.costUsd()).contains(0.25);
        m.observe(new AgentEvent.SystemNotice(AT, "usage", null, null, 1.0, null));
        m.observe(new AgentEvent.SystemNotice(AT, "usage", null, null, 1.5, null));
        assertThat(m.costUsd()).contains(1.5);
        assertThat(m.costSource()).isEqualTo(CostMeter.Source.NOTICE);
        m.observe(new AgentEvent.Result(AT, true, null, null, List.of(), 2.0, new Usage(1, 2, 3, 4), 1, null));
        assertThat(m.costUsd()).contains(2.0);
        assertThat(m.usage()).contains(new Usage(1, 2, 3, 4));
        assertThat(m.tokens()).isEqualTo(3);
    }

    private void feed(WatchdogSet w, AgentEvent e) {
        meter.observe(e);
        w.onEvent(e);
    }

    private static AgentEvent text() {
        return new AgentEvent.AssistantText(AT, "working", null, null);
    }
}
