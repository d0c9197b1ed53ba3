package ai.rensei.cli.host;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An id placed in a control-API path, percent-encoded so {@code /}, {@code ?} or spaces cannot change the route. */
final class PathSegment {

    private PathSegment() {
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
