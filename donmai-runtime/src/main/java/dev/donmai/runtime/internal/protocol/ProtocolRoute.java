package dev.donmai.runtime.internal.protocol;

import dev.donmai.runtime.api.ProtocolTimings;
import java.time.Duration;
import java.util.function.Function;

/** The routes of protocol.md §2 with their method, bearer and timeout. */
enum ProtocolRoute {
    REGISTER("POST", true, ProtocolTimings::registerTimeout),
    REFRESH_TOKEN("POST", true, ProtocolTimings::registerTimeout),
    HEARTBEAT("POST", false, ProtocolTimings::heartbeatTimeout),
    POLL("GET", false, ProtocolTimings::pollTimeout),
    NACK("POST", false, ProtocolTimings::registerTimeout),
    LOCK_REFRESH("POST", false, ProtocolTimings::registerTimeout),
    STEP_HEARTBEAT("POST", false, ProtocolTimings::heartbeatTimeout),
    ACTIVITY("POST", false, ProtocolTimings::heartbeatTimeout),
    COMPLETION("POST", false, ProtocolTimings::registerTimeout),
    STATUS("POST", false, ProtocolTimings::registerTimeout),
    SESSION("GET", false, ProtocolTimings::registerTimeout),
    DEREGISTER("POST", false, ProtocolTimings::registerTimeout);

    private final String method;
    private final boolean installToken;
    private final Function<ProtocolTimings, Duration> timeout;

    ProtocolRoute(String method, boolean installToken, Function<ProtocolTimings, Duration> timeout) {
        this.method = method;
        this.installToken = installToken;
        this.timeout = timeout;
    }

    String method() {
        return method;
    }

    /** R1/R2 carry the install token; every other route the runtime token. */
    boolean installToken() {
        return installToken;
    }

    Duration timeout(ProtocolTimings timings) {
        return timeout.apply(timings);
    }
}
