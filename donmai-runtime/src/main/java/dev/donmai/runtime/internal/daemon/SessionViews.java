package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.runtime.internal.daemon.state.HandleCodec;
import java.io.IOException;

/** The SessionHandle of host.md §5.4 as JSON: absent fields omitted. */
final class SessionViews {

    private SessionViews() {
    }

    static ObjectNode handle(SessionHandle h) {
        return HandleCodec.write(h);
    }

    /** A stored JSON object, or {@code null} when it is not one. */
    static ObjectNode parseObject(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }
}
