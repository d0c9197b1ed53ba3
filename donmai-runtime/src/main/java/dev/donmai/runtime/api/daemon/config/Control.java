package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;

/**
 * {@code control.*}: where the control API listens. {@code host run --host/--port} win over these.
 *
 * @param host bind address; loopback unless the daemon runs with {@code --allow-remote}
 * @param port 1–65535
 */
public record Control(String host, int port) {

    /** {@code 127.0.0.1:7734}. */
    public static final Control DEFAULT = new Control("127.0.0.1", 7734);

    public Control {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
    }
}
