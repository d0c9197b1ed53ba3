package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.model.EndpointCells;

/** Loopback host spellings: {@code localhost}, {@code 127.0.0.0/8}, {@code ::1} bracketed or not. */
final class Loopback {

    private Loopback() {
    }

    static boolean isLoopback(String host) {
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            return EndpointCells.isLoopbackHost("[" + host + "]");
        }
        return EndpointCells.isLoopbackHost(host);
    }
}
