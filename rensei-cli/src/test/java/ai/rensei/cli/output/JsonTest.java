package ai.rensei.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void prettyUsesTwoSpacesAndColonSpace() {
        String text = "{\"a\":1.50,\"b\":[\"x\",true],\"c\":{},\"d\":[],\"e\":null}";

        assertThat(Json.pretty(Json.parse(text).orElseThrow())).isEqualTo("""
                {
                  "a": 1.50,
                  "b": [
                    "x",
                    true
                  ],
                  "c": {},
                  "d": [],
                  "e": null
                }""");
    }

    @Test
    void invalidJsonIsEmpty() {
        assertThat(Json.parse("{nope")).isEmpty();
        assertThat(Json.parse("{} trailing")).isEmpty();
        assertThat(Json.parse("")).isEmpty();
    }
}
