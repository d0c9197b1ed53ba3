package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.util.Optional;

/**
 * A session's metered cost and tokens (audit.md §5), fed every normalised event. Cost is the first available of:
 * {@code Result.costUsd}, the last cumulative {@code SystemNotice.costUsd}, the sum of {@code LlmCall.observedCostUsd};
 * tokens likewise. Feeds the budget watchdog and the result record. Thread-safe.
 */
final class CostMeter {

    /** Where the cost came from ({@code cost_source}). */
    enum Source { RESULT, NOTICE, LLM_CALLS, NONE }

    private Double resultCost;
    private Usage resultUsage;
    private Double noticeCost;
    private Usage noticeUsage;
    private double callsCost;
    private boolean callsCostSeen;
    private Usage callsUsage;

    synchronized void observe(AgentEvent event) {
        if (event instanceof AgentEvent.Result r) {
            resultCost = r.costUsd();
            resultUsage = r.usage();
        } else if (event instanceof AgentEvent.SystemNotice n) {
            if (n.costUsd() != null) {
                noticeCost = n.costUsd();
            }
            if (n.usage() != null) {
                noticeUsage = n.usage();
            }
        } else if (event instanceof AgentEvent.LlmCall c) {
            if (c.observedCostUsd() != null) {
                callsCost += c.observedCostUsd();
                callsCostSeen = true;
            }
            Usage u = new Usage(c.inputTokens(), c.outputTokens(), c.cachedInputTokens(), 0);
            callsUsage = callsUsage == null ? u : callsUsage.plus(u);
        }
    }

    synchronized Optional<Double> costUsd() {
        if (resultCost != null) {
            return Optional.of(resultCost);
        }
        if (noticeCost != null) {
            return Optional.of(noticeCost);
        }
        return callsCostSeen ? Optional.of(callsCost) : Optional.empty();
    }

    synchronized Source costSource() {
        if (resultCost != null) {
            return Source.RESULT;
        }
        if (noticeCost != null) {
            return Source.NOTICE;
        }
        return callsCostSeen ? Source.LLM_CALLS : Source.NONE;
    }

    synchronized Optional<Usage> usage() {
        if (resultUsage != null) {
            return Optional.of(resultUsage);
        }
        if (noticeUsage != null) {
            return Optional.of(noticeUsage);
        }
        return Optional.ofNullable(callsUsage);
    }

    /** Input plus output tokens, the quantity a token budget limits. */
    synchronized long tokens() {
        return usage().map(u -> u.inputTokens() + u.outputTokens()).orElse(0L);
    }
}
