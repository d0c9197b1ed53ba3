package dev.donmai.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackHostTest {

    @ParameterizedTest
    @CsvSource({
        "localhost, true", "LOCALHOST, true", "127.0.0.1, true", "127.1.2.3, true", "[::1], true",
        "[0:0:0:0:0:0:0:1], true", "[::ffff:127.0.0.1], true", "::1, false", "127.0.0.256, false",
        "127.1, false", "128.0.0.1, false", "0.0.0.0, false", "localhost.localdomain, false", "[::2], false",
        "[fe80::1], false", "example.com, false", "'', false"
    })
    void loopbackIsDecidedWithoutResolvingNames(String host, boolean loopback) {
        assertThat(EndpointCells.isLoopbackHost(host)).isEqualTo(loopback);
    }
}
