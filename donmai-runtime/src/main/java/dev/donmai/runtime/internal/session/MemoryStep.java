package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.runtime.api.SessionResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Steps 5a and 9a (sessions.md §3, intelligence.md §4): the seam where memory joins a session. v1 passes the item's
 * {@code memoryBlock} through to {@code {{memoryBlock}}} (source {@code item}) and writes no observations; the
 * memory store of wave 2 plugs in here (a project query for 5a, {@code .agent/observations.jsonl} for 9a).
 */
class MemoryStep {

    /**
     * What step 5a prepared.
     *
     * @param block  the text for {@code {{memoryBlock}}} ({@code ""} for none)
     * @param report the result record's {@code memory} so far
     */
    record Prepared(String block, SessionResult.MemoryReport report) {
    }

    /** Step 5a; runs before the prompt renders. */
    Prepared prepare(SessionSpec spec) {
        String block = spec.memoryBlock();
        if (block == null || block.isBlank()) {
            return new Prepared("", SessionResult.MemoryReport.NONE);
        }
        return new Prepared(block, new SessionResult.MemoryReport("item", true,
                block.getBytes(StandardCharsets.UTF_8).length, List.of(), 0, 0, 0));
    }

    /** The {@code {{observationContract}}} text: empty while agent capture is off. */
    String observationContract() {
        return "";
    }
}
