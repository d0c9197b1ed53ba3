package dev.donmai.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS) vectors: §3.2.2 sample, §3.2.3 sorting sample and Appendix B number serialisation. */
class CanonicalJsonTest {

    private static Object parse(String json) throws Exception {
        return new ObjectMapper().readValue(json, Object.class);
    }

    @Test
    void rfc8785Section322Sample() throws Exception {
        String input = "{\n"
                + "  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n"
                + "}";

        assertThat(CanonicalJson.write(parse(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785Section323SortsKeysByUtf16CodeUnits() throws Exception {
        String input = "{\n"
                + "  \"\\u20ac\": \"Euro Sign\",\n"
                + "  \"\\r\": \"Carriage Return\",\n"
                + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
                + "  \"1\": \"One\",\n"
                + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n"
                + "  \"\\u0080\": \"Control\",\n"
                + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n"
                + "}";

        @SuppressWarnings("unchecked")
        Map<String, Object> sorted = (Map<String, Object>) new ObjectMapper().readValue(
                CanonicalJson.write(parse(input)), LinkedHashMap.class);
        assertThat(sorted.values()).containsExactly("Carriage Return", "One", "Control",
                "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face",
                "Hebrew Letter Dalet With Dagesh");
    }

    @Test
    void outputIsUtf8WithoutEscapingNonAscii() {
        byte[] bytes = CanonicalJson.utf8(Map.of("k", "\u20ac\ud83d\ude00"));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"k\":\"\u20ac\ud83d\ude00\"}");
        assertThat(bytes).hasSize(4 + 2 + 3 + 4 + 2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void rfc8785AppendixBNumbers(String ieeeHex, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));

        assertThat(CanonicalJson.write(value)).isEqualTo(expected);
    }

    @Test
    void integersAndNegativeZero() {
        assertThat(CanonicalJson.write(List.of(0, -0.0, 1, -1, 42L, 1e21, 1e20, 100, 1.5, -2.25)))
                .isEqualTo("[0,0,1,-1,42,1e+21,100000000000000000000,100,1.5,-2.25]");
    }

    @Test
    void smallNumbersSwitchToExponentBelowOneMillionth() {
        assertThat(CanonicalJson.write(List.of(0.000001, 0.0000001, 0.00001234)))
                .isEqualTo("[0.000001,1e-7,0.00001234]");
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlCharactersUseShortEscapesOrLowerCaseUnicodeAndSolidusStaysLiteral() {
        String allControls = new String(new char[] {'\u0000', '\b', '\t', '\n', '\u000b', '\f', '\r', '\u001f'});

        assertThat(CanonicalJson.write(allControls + "/\"\\\u007f\u2028"))
                .isEqualTo("\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f/\\\"\\\\\u007f\u2028\"");
    }

    @Test
    void nestedStructuresHaveNoWhitespace() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", List.of(Map.of("y", true, "x", Arrays.asList(null, "s"))));
        tree.put("a", Map.of());

        assertThat(CanonicalJson.write(tree)).isEqualTo("{\"a\":{},\"b\":[{\"x\":[null,\"s\"],\"y\":true}]}");
    }

    @Test
    void onlyJsonValuesAreAccepted() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
