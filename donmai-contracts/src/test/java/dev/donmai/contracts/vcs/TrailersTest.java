package dev.donmai.contracts.vcs;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TrailersTest {

    @Test
    void trailerKeysAreSpelledExactly() {
        assertThat(Trailers.CO_AUTHORED_BY).isEqualTo("Co-Authored-By");
        assertThat(Trailers.SESSION_ID).isEqualTo("X-Donmai-Session-Id");
        assertThat(Trailers.KIT_SET).isEqualTo("X-Donmai-Kit-Set");
        assertThat(Trailers.WORKAREA_SNAPSHOT).isEqualTo("X-Donmai-Workarea-Snapshot");
        assertThat(Trailers.MODEL).isEqualTo("X-Donmai-Model");
        assertThat(Trailers.KEYS).hasSize(5).allMatch(Trailers::isValidKey);
    }

    @Test
    void isAStaticHolder() throws Exception {
        assertThat(Modifier.isFinal(Trailers.class.getModifiers())).isTrue();
        assertThat(Modifier.isPrivate(Trailers.class.getDeclaredConstructor().getModifiers())).isTrue();
    }

    @Test
    void formatsOneLinePerTrailerInOrder() {
        String block = Trailers.format(List.of(Map.entry(Trailers.SESSION_ID, "ses-1"),
                Map.entry(Trailers.CO_AUTHORED_BY, "  Ada <ada@example.com> ")));
        assertThat(block).isEqualTo("X-Donmai-Session-Id: ses-1\nCo-Authored-By: Ada <ada@example.com>\n");
        assertThat(Trailers.format(List.of())).isEmpty();
    }

    @Test
    void refusesKeysAndValuesThatWouldBreakTheBlock() {
        assertInvalid(() -> Trailers.format(List.of(Map.entry("Bad Key", "v"))), "trailers");
        assertInvalid(() -> Trailers.format(List.of(Map.entry("-Key", "v"))), "trailers");
        assertInvalid(() -> Trailers.format(List.of(Map.entry("Key", "two\nlines"))), "trailers");
        assertInvalid(() -> Trailers.format(List.of(Map.entry("Key", " "))), "trailers");
        assertInvalid(() -> Trailers.format(List.of(Map.entry("Key", "nul\0byte"))), "trailers");
        assertInvalid(() -> Trailers.format(List.of(Map.entry("Key", "line\u2028sep"))), "trailers");
    }

    @Test
    void appendsAfterABlankLineOrIntoAnExistingBlock() {
        List<Map.Entry<String, String>> trailers = List.of(Map.entry(Trailers.SESSION_ID, "ses-1"));
        assertThat(Trailers.appendTo("Fix the build\n\n", trailers))
                .isEqualTo("Fix the build\n\nX-Donmai-Session-Id: ses-1\n");
        assertThat(Trailers.appendTo("Fix the build\r\n\r\nBody text.", trailers))
                .isEqualTo("Fix the build\n\nBody text.\n\nX-Donmai-Session-Id: ses-1\n");
        assertThat(Trailers.appendTo("Fix\n\nSigned-off-by: Ada <a@x>", trailers))
                .isEqualTo("Fix\n\nSigned-off-by: Ada <a@x>\nX-Donmai-Session-Id: ses-1\n");
        assertThat(Trailers.appendTo("Fix  ", List.of())).isEqualTo("Fix\n");
        assertInvalid(() -> Trailers.appendTo(" ", trailers), "message");
    }

    @Test
    void parsesOnlyATrailingBlockAfterTheSubject() {
        assertThat(Trailers.parse("Subject: looks like a trailer")).isEmpty();
        assertThat(Trailers.parse("Subject\n\nJust prose here.")).isEmpty();
        assertThat(Trailers.parse("Subject\n\nKey: v\nnot a trailer")).isEmpty();
        assertThat(Trailers.parse(null)).isEmpty();
        assertThat(Trailers.parse("Subject\n\nBody\n\nA-Key: one\nB-Key:two  \n"))
                .containsExactly(Map.entry("A-Key", "one"), Map.entry("B-Key", "two"));
    }

    @Test
    void valuesOfMatchesKeysCaseInsensitively() {
        String message = "S\n\nco-authored-by: A <a@x>\nCo-Authored-By: B <b@x>\nX-Donmai-Model: m";
        assertThat(Trailers.valuesOf(message, Trailers.CO_AUTHORED_BY)).containsExactly("A <a@x>", "B <b@x>");
        assertThat(Trailers.valuesOf(message, Trailers.SESSION_ID)).isEmpty();
    }

    @Property(tries = 200)
    void appendThenParseGivesTheTrailersBack(@ForAll("subjects") String subject,
            @ForAll("trailerLists") List<Map.Entry<String, String>> trailers) {
        String message = Trailers.appendTo(subject, trailers);
        assertThat(Trailers.parse(message)).containsExactlyElementsOf(trailers);
        assertThat(message).startsWith(subject.stripTrailing()).endsWith("\n");
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<List<Map.Entry<String, String>>> trailerLists() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
                .withChars('-').ofMinLength(1).ofMaxLength(20).filter(Trailers::isValidKey);
        Arbitrary<String> values = Arbitraries.strings().ascii()
                .withChars('\u2028', '\u00e9', '\u20ac', '\u0085').ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(Trailers::isValidValue);
        return Combinators.combine(keys, values).as(Map::entry).list().ofMinSize(1).ofMaxSize(6);
    }
}
