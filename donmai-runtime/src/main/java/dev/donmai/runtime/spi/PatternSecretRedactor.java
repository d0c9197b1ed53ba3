package dev.donmai.runtime.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link SecretRedactor} (audit.md §2.2). Known secret values are replaced first, longest first, so a value that
 * contains another is named after itself; then the token patterns run over what is left. Lives in {@code runtime.spi}
 * so providers, which may only see the SPI, use the same rules as the runtime.
 */
public final class PatternSecretRedactor implements SecretRedactor {

    /** Known values shorter than this are not redacted (they would blank out ordinary words). */
    public static final int MIN_SECRET_LENGTH = 8;

    private static final String VALUE_CHARS = "[^\\s\"',;&]";

    /** Token patterns, each with its replacement; applied in order. */
    private static final List<Rule> TOKEN_RULES = List.of(
            new Rule("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)",
                    TOKEN_MASK),
            new Rule("(?i)\\b(Bearer)\\s+[A-Za-z0-9._~+/=-]{8,}", "$1 " + TOKEN_MASK),
            new Rule("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", TOKEN_MASK),
            new Rule("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", TOKEN_MASK),
            new Rule("\\bgithub_pat_[A-Za-z0-9_]{20,}", TOKEN_MASK),
            new Rule("\\bgh[pousr]_[A-Za-z0-9]{20,}", TOKEN_MASK),
            new Rule("\\bsk-[A-Za-z0-9_-]{16,}", TOKEN_MASK),
            new Rule("\\bxox[abposr]-[A-Za-z0-9-]{10,}", TOKEN_MASK),
            // URL userinfo: scheme://user:pass@host → scheme://[REDACTED]@host
            new Rule("\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s@:]+(?::[^/\\s@]*)?@", "$1" + TOKEN_MASK + "@"),
            // NAME=value, NAME: value, "name": "value" where the name says secret, password, token or api key.
            // All-digit values are left alone: counters such as input_tokens=120 are not secrets.
            new Rule("(?i)\\b([A-Za-z0-9_.-]*(?:secret|password|passwd|token|api_key|apikey)[A-Za-z0-9_]*)"
                    + "([\"']?\\s*[=:]\\s*[\"']?)(?!\\d+(?:[\\s\"',;&]|$))(?![\\[*])(" + VALUE_CHARS + "+)",
                    "$1$2" + TOKEN_MASK));

    private static final PatternSecretRedactor BASE = new PatternSecretRedactor(List.of());

    private final List<KnownValue> known;

    private PatternSecretRedactor(List<KnownValue> known) {
        this.known = known;
    }

    /** A redactor that knows no secret values yet: names and token patterns only. */
    public static PatternSecretRedactor create() {
        return BASE;
    }

    /** A redactor that knows these secret values (name → value). */
    public static PatternSecretRedactor of(Map<String, String> namedValues) {
        return BASE.withSecrets(namedValues);
    }

    @Override
    public PatternSecretRedactor withSecrets(Map<String, String> namedValues) {
        Objects.requireNonNull(namedValues, "namedValues");
        List<KnownValue> all = new ArrayList<>(known);
        namedValues.forEach((name, value) -> {
            if (name != null && value != null && value.length() >= MIN_SECRET_LENGTH) {
                all.add(new KnownValue(name, value));
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                if (!encoded.equals(value)) {
                    all.add(new KnownValue(name, encoded));
                }
            }
        });
        if (all.size() == known.size()) {
            return this;
        }
        all.sort(Comparator.comparingInt((KnownValue k) -> k.value().length()).reversed());
        return new PatternSecretRedactor(Collections.unmodifiableList(all));
    }

    /** How many secret values (raw and URL-encoded forms) this redactor knows. */
    public int knownValueCount() {
        return known.size();
    }

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (KnownValue k : known) {
            if (out.contains(k.value())) {
                out = out.replace(k.value(), "[REDACTED:" + k.name() + "]");
            }
        }
        for (Rule rule : TOKEN_RULES) {
            Matcher matcher = rule.pattern().matcher(out);
            if (matcher.find()) {
                out = matcher.replaceAll(rule.replacement());
            }
        }
        return out;
    }

    @Override
    public Object redactJson(Object value) {
        if (value instanceof String s) {
            return redact(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                copy.put(key, SecretRedactor.isSecretName(key) && v != null ? MASK : redactJson(v));
            });
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(redactJson(item)));
            return copy;
        }
        return value;
    }

    private record KnownValue(String name, String value) {
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
