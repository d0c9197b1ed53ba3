package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AccessDecision;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.model.ModelAccessResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance kit for {@link ModelAccessResolver} (contracts.md §3.5, §6; boundary.md B6). Subclass it at test scope
 * and return the resolver under test from {@link #resolver()}.
 *
 * <p>Three groups of checks:
 * <ul>
 *   <li><b>Golden vectors</b>: the upstream file at the path in system property {@value #GOLDEN_PROPERTY} (never
 *       copied into the repository). When present its SHA-256 must be {@value #GOLDEN_SHA256}, then each vector
 *       runs as one dynamic test named after it. When absent the run fails if {@value #REQUIRED_PROPERTY} is
 *       {@code true}, else the vectors are reported as skipped, never as passed.</li>
 *   <li><b>Own cases</b>: the kit's vectors in the classpath resource {@value #OWN_CASES}, written from the §3.5
 *       rules; they always run.</li>
 *   <li><b>Properties</b> (jqwik) over random requests: the pick and the effective set stay inside the ceiling, the
 *       effective set keeps the ceiling's order, and the other rule-level invariants below.</li>
 * </ul>
 *
 * <p>The vectors run on the JUnit Jupiter engine ({@link Vectors}, a {@code @Nested} class) and the properties on the
 * jqwik engine ({@link Properties}, a {@code @Group}). Keeping each engine's checks in its own nested class gives
 * each its own Surefire report; otherwise both engines report the subclass under one name and the second report
 * overwrites the first.
 */
public abstract class ModelAccessResolverContractTest {

    /** System property naming the golden vector file. */
    public static final String GOLDEN_PROPERTY = "donmai.goldenVectors";
    /** System property that turns a missing golden file into a failure. */
    public static final String REQUIRED_PROPERTY = "donmai.goldenVectors.required";
    /** The pinned digest of the upstream golden file (version 1, 19 vectors). */
    public static final String GOLDEN_SHA256 = "3474ac27177c03cce7196c738ad87189bd4d2076daa7853f9041ae41e8954748";
    /** The classpath resource holding the kit's own cases. */
    public static final String OWN_CASES = "/dev/donmai/providers/tck/model-access-cases.json";
    /** The least number of own cases the kit ships. */
    static final int MIN_OWN_CASES = 25;

    /** The resolver under test; may return the same instance every time. */
    protected abstract ModelAccessResolver resolver();

    // ---------------------------------------------------------------------------------------------- golden vectors

    /** The golden vectors and the kit's own cases, one dynamic test per vector. */
    @Nested
    public class Vectors {

        @TestFactory
        public Stream<DynamicTest> goldenVectors() {
            String property = System.getProperty(GOLDEN_PROPERTY);
            boolean required = Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false").trim());
            Path path = property == null || property.isBlank() ? null : Path.of(property.trim());
            if (path == null || !Files.isRegularFile(path)) {
                String where = path == null
                        ? "system property " + GOLDEN_PROPERTY + " is not set"
                        : "no file at " + path.toAbsolutePath().normalize();
                if (required) {
                    return Assertions.fail("golden narrow-only vectors are required (" + REQUIRED_PROPERTY
                            + "=true) but missing: " + where);
                }
                return Stream.of(dynamicTest("golden vectors absent", () -> Assumptions.abort(
                        "golden narrow-only vectors skipped, " + where + " (set " + GOLDEN_PROPERTY + ")")));
            }
            byte[] content;
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read golden vectors at " + path, e);
            }
            String digest = sha256(content);
            if (!GOLDEN_SHA256.equals(digest)) {
                return Assertions.fail("golden vectors at " + path.toAbsolutePath().normalize() + " have SHA-256 "
                        + digest + ", expected " + GOLDEN_SHA256);
            }
            List<AccessVectors.Vector> vectors = AccessVectors.parse(content, path.toString());
            return vectors.stream().map(vector -> dynamicTest(vector.name(), () -> check(resolver(), vector)));
        }

        // ---------------------------------------------------------------------------------------------- own cases

        @TestFactory
        public Stream<DynamicTest> ownCases() {
            List<AccessVectors.Vector> vectors = ownVectors();
            assertThat(vectors).as("own cases in %s", OWN_CASES).hasSizeGreaterThanOrEqualTo(MIN_OWN_CASES);
            assertThat(vectors).as("own cases include a grant").anyMatch(v -> !v.expectsDenied());
            assertThat(vectors).as("own cases include a denial").anyMatch(AccessVectors.Vector::expectsDenied);
            return vectors.stream().map(vector -> dynamicTest(vector.name(), () -> check(resolver(), vector)));
        }
    }

    static List<AccessVectors.Vector> ownVectors() {
        try (InputStream in = ModelAccessResolverContractTest.class.getResourceAsStream(OWN_CASES)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + OWN_CASES);
            }
            return AccessVectors.parse(in.readAllBytes(), OWN_CASES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OWN_CASES, e);
        }
    }

    static void check(ModelAccessResolver resolver, AccessVectors.Vector vector) {
        AccessDecision decision = resolver.resolve(vector.request());
        String context = vector.name() + ": expected " + AccessVectors.describe(vector) + ", got " + decision;
        assertThat(decision).as(context).isNotNull();
        SoftAssertions soft = new SoftAssertions();
        if (vector.expectsDenied()) {
            soft.assertThat(decision).as(context).isInstanceOf(AccessDecision.Denied.class);
        } else if (decision instanceof AccessDecision.Granted granted) {
            AccessVectors.Grant expected = vector.expected();
            soft.assertThat(granted.authMode()).as("authMode; " + context).isEqualTo(expected.authMode());
            soft.assertThat(granted.pinnedHost()).as("host; " + context)
                    .isEqualTo(Optional.ofNullable(expected.host()));
            soft.assertThat(granted.model()).as("model; " + context).isEqualTo(expected.model());
        } else {
            soft.fail(context);
        }
        soft.assertThat(new HashSet<>(decision.effectiveSet())).as("effectiveSet; " + context)
                .isEqualTo(vector.expectedEffectiveSet());
        soft.assertThat(new HashSet<>(decision.dropped())).as("dropped; " + context)
                .isEqualTo(vector.expectedDropped());
        soft.assertAll();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- properties

    /** jqwik properties over random requests. */
    @Group
    public class Properties {

        /** The picked mode and every effective mode are in the ceiling; the effective set keeps the ceiling's order. */
        @Property(tries = 500)
        public void pickAndEffectiveSetStayInsideTheCeiling(@ForAll("accessRequests") AccessRequest request) {
            AccessDecision decision = resolver().resolve(request);
            List<AuthMode> ceiling = request.platformAllowed();
            assertThat(ceiling).containsAll(decision.effectiveSet());
            assertThat(decision.effectiveSet()).as("effective set in ceiling order")
                    .isEqualTo(ceiling.stream().filter(decision.effectiveSet()::contains).collect(Collectors.toList()));
            if (decision instanceof AccessDecision.Granted granted) {
                assertThat(ceiling).contains(granted.authMode());
                assertThat(decision.effectiveSet()).contains(granted.authMode());
            }
        }

        /** Denied exactly when nothing is effective; the same request always gets the same decision. */
        @Property(tries = 300)
        public void deniedIffEffectiveSetIsEmptyAndDeterministic(@ForAll("accessRequests") AccessRequest request) {
            AccessDecision decision = resolver().resolve(request);
            assertThat(decision instanceof AccessDecision.Denied).isEqualTo(decision.effectiveSet().isEmpty());
            assertThat(resolver().resolve(request)).isEqualTo(decision);
        }

        /** A requested mode that stays effective is the one granted. */
        @Property(tries = 300)
        public void effectiveRequestIsHonoured(@ForAll("accessRequests") AccessRequest request) {
            AccessDecision decision = resolver().resolve(request);
            if (request.requested() != null && decision.effectiveSet().contains(request.requested())) {
                assertThat(decision).isInstanceOfSatisfying(AccessDecision.Granted.class,
                        granted -> assertThat(granted.authMode()).isEqualTo(request.requested()));
            }
        }

        /** Without machine configuration nothing is narrowed and nothing is dropped. */
        @Property(tries = 200)
        public void noMachineIsIdentity(@ForAll("accessRequests") AccessRequest request) {
            AccessRequest bare = new AccessRequest(request.platformAllowed(), null, request.workload(),
                    request.company(), request.model(), request.requested());
            AccessDecision decision = resolver().resolve(bare);
            assertThat(decision.effectiveSet()).isEqualTo(request.platformAllowed());
            assertThat(decision.dropped()).isEmpty();
            if (decision instanceof AccessDecision.Granted granted) {
                assertThat(granted.pinnedHost()).isEmpty();
                assertThat(granted.model()).isEqualTo(request.model());
            }
        }

        /** A dropped entry names a mode outside the ceiling; a machine block never widens the identity result. */
        @Property(tries = 300)
        public void droppedModesAreOutsideTheCeilingAndMachinesOnlyNarrow(@ForAll("accessRequests") AccessRequest request) {
            AccessDecision decision = resolver().resolve(request);
            Set<String> ceilingWires = request.platformAllowed().stream().map(AuthMode::wire).collect(Collectors.toSet());
            for (String entry : decision.dropped()) {
                String mode = entry.substring(entry.lastIndexOf('.') + 1);
                assertThat(AuthMode.LADDER.stream().map(AuthMode::wire)).as(entry).contains(mode);
                assertThat(ceilingWires).as(entry).doesNotContain(mode);
            }
            AccessRequest bare = new AccessRequest(request.platformAllowed(), null, request.workload(),
                    request.company(), request.model(), request.requested());
            assertThat(resolver().resolve(bare).effectiveSet()).containsAll(decision.effectiveSet());
        }

        @Provide
        public Arbitrary<AccessRequest> accessRequests() {
            Arbitrary<List<AuthMode>> modes = Arbitraries.of(AuthMode.class).list().uniqueElements().ofMaxSize(5);
            Arbitrary<CellRule> cell = Combinators.combine(
                            Arbitraries.of(true, false),
                            Arbitraries.of("gateway-a", "cli-login").injectNull(0.6),
                            Arbitraries.of("pinned-model").injectNull(0.7))
                    .as(CellRule::new);
            Arbitrary<Map<AuthMode, CellRule>> cells = Arbitraries.maps(Arbitraries.of(AuthMode.class), cell).ofMaxSize(5);
            Arbitrary<Map<String, Map<AuthMode, CellRule>>> matrix = Arbitraries.maps(
                    Arbitraries.of(AccessBlock.ANY_ROW, "acme", "globex", "alpha", "beta"), cells).ofMaxSize(4);
            Arbitrary<AccessBlock> block = Combinators.combine(modes, matrix).as(AccessBlock::new);
            Arbitrary<MachineAccess> machine = Combinators.combine(
                            block.injectNull(0.25),
                            Arbitraries.maps(Arbitraries.of("batch", "review"), block).ofMaxSize(2))
                    .as(MachineAccess::new)
                    .injectNull(0.15);
            Arbitrary<AccessRequest> random = Combinators.combine(
                            modes,
                            machine,
                            Arbitraries.of("", "batch", "review", "interactive"),
                            Arbitraries.of("acme", "globex"),
                            Arbitraries.of("alpha", "beta", "acme"),
                            Arbitraries.of(AuthMode.class).injectNull(0.25))
                    .as(AccessRequest::new)
                    // the parts' edge cases multiply past any sensible number of tries; boundaries are named below
                    .withoutEdgeCases();
            Arbitrary<AccessRequest> boundaries = Arbitraries.of(
                    new AccessRequest(List.of(), null, "", "acme", "alpha", null),
                    new AccessRequest(AuthMode.LADDER, null, "", "acme", "alpha", AuthMode.LOCAL),
                    new AccessRequest(AuthMode.LADDER, MachineAccess.of(AccessBlock.of(Map.of(
                            AccessBlock.ANY_ROW, denyAll()))), "", "acme", "alpha", AuthMode.BYOK),
                    new AccessRequest(List.of(AuthMode.METERED), MachineAccess.of(AccessBlock.of(Map.of(
                            "acme", Map.of(AuthMode.BYOK, CellRule.pin("gateway-a", "pinned-model"))))),
                            "", "acme", "alpha", AuthMode.BYOK));
            return Arbitraries.frequencyOf(Tuple.of(19, random), Tuple.of(1, boundaries));
        }

        private Map<AuthMode, CellRule> denyAll() {
            Map<AuthMode, CellRule> cells = new java.util.EnumMap<>(AuthMode.class);
            for (AuthMode mode : AuthMode.LADDER) {
                cells.put(mode, CellRule.deny());
            }
            return cells;
        }
    }
}
