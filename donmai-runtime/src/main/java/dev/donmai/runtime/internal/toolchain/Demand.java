package dev.donmai.runtime.internal.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A toolchain demand (sessions.md §14): space-separated terms, all of which must hold. A bare version with one or two
 * components ({@code 17}, {@code 3.11}) is a prefix match; with three or more ({@code 17.0.9}) it is exact;
 * {@code >=V} and {@code <V} compare numerically with missing components read as 0.
 *
 * @param text  the demand as written
 * @param terms its terms
 */
record Demand(String text, List<Term> terms) {

    /** One term of a demand. */
    sealed interface Term {
        boolean accepts(ToolVersion version);
    }

    /** {@code 17}, {@code 3.11}: the version's leading components equal these. */
    record Prefix(ToolVersion prefix) implements Term {
        @Override
        public boolean accepts(ToolVersion version) {
            List<Integer> want = prefix.components();
            if (version.components().size() < want.size()) {
                return false;
            }
            return version.components().subList(0, want.size()).equals(want);
        }
    }

    /** {@code 17.0.9}: every component equal (missing ones read as 0). */
    record Exact(ToolVersion exact) implements Term {
        @Override
        public boolean accepts(ToolVersion version) {
            return version.compareTo(exact) == 0;
        }
    }

    /** {@code >=V}. */
    record AtLeast(ToolVersion bound) implements Term {
        @Override
        public boolean accepts(ToolVersion version) {
            return version.compareTo(bound) >= 0;
        }
    }

    /** {@code <V}. */
    record Below(ToolVersion bound) implements Term {
        @Override
        public boolean accepts(ToolVersion version) {
            return version.compareTo(bound) < 0;
        }
    }

    Demand {
        terms = List.copyOf(terms);
    }

    /** Parses a demand; empty when any term is malformed or there is none. */
    static Optional<Demand> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            Optional<Term> term = term(raw);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            terms.add(term.get());
        }
        return Optional.of(new Demand(text.trim(), terms));
    }

    private static Optional<Term> term(String raw) {
        if (raw.startsWith(">=")) {
            return ToolVersion.parse(raw.substring(2)).map(AtLeast::new);
        }
        if (raw.startsWith("<")) {
            return ToolVersion.parse(raw.substring(1)).map(Below::new);
        }
        return ToolVersion.parse(raw).map(v -> v.components().size() >= 3 ? new Exact(v) : new Prefix(v));
    }

    /** True when every term accepts {@code version}. */
    boolean accepts(ToolVersion version) {
        return terms.stream().allMatch(term -> term.accepts(version));
    }
}
