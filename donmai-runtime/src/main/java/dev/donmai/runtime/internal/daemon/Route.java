package dev.donmai.runtime.internal.daemon;

import java.util.List;
import java.util.Objects;

/**
 * One control-API route: a method, a path pattern whose {@code {name}} segments match any one non-empty segment,
 * whether it reads a JSON body, and its handler.
 */
record Route(String method, String pattern, Body body, Handler handler) {

    /** What the route does with a request body. */
    enum Body {
        /** Ignored. */
        NONE,
        /** A JSON object, absent/empty allowed; anything else is a 400. */
        JSON
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
    }

    static Route get(String pattern, Handler handler) {
        return new Route("GET", pattern, Body.NONE, handler);
    }

    static Route post(String pattern, Handler handler) {
        return new Route("POST", pattern, Body.NONE, handler);
    }

    static Route postJson(String pattern, Handler handler) {
        return new Route("POST", pattern, Body.JSON, handler);
    }

    /** The path parameters when {@code path} matches (exact segments; no trailing-slash folding), else null. */
    List<String> match(String path) {
        String[] want = pattern.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        List<String> params = new java.util.ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.add(got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return params;
    }
}
