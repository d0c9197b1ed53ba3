package dev.donmai.runtime.internal.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvExpansionTest {

    private static final Map<String, String> ENV = Map.of("HOST", "h.example", "EMPTY", "", "SECRET", "s3cr3t");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "plain|plain",
        "${HOST}|h.example",
        "https://${HOST}:8443/${HOST}|https://h.example:8443/h.example",
        "${MISSING:-fallback}|fallback",
        "${MISSING:-}|''",
        "${EMPTY:-fallback}|fallback",
        "${EMPTY}|''",
        "$${HOST}|${HOST}",
        "cost $5 and $HOST|cost $5 and $HOST",
        "$$${HOST}|$${HOST}",
    })
    void expands_references(String text, String expected) throws Exception {
        assertThat(EnvExpansion.expand(text, ENV)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "${MISSING}|undefined environment variable MISSING",
        "x-${HOST|unterminated \"${\" (missing \"}\")",
        "${1BAD}|invalid environment variable name \"1BAD\"",
        "${}|invalid environment variable name \"\"",
    })
    void refuses_what_cannot_be_expanded(String text, String message) {
        assertThatThrownBy(() -> EnvExpansion.expand(text, ENV)).hasMessage(message);
    }
}
