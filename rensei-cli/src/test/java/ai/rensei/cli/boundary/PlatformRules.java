package ai.rensei.cli.boundary;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The ArchUnit rules of boundary.md §3 that see both sides ({@code dev.donmai..} and {@code ai.rensei..}): A3, A7, A8,
 * A9 (with the adapter in scope) and A10 over every OSS class on the CLI's class path. Held apart from
 * {@link PlatformBoundaryTest} so the deliberate-violation tests evaluate the same rule objects. Every {@code because}
 * starts with the rule id.
 */
public final class PlatformRules {

    public static final String OSS = "dev.donmai";
    public static final String PLATFORM = "ai.rensei";
    public static final String ADAPTER = "ai.rensei.platform";
    public static final String BRAND = "(?i).*rensei.*";

    private PlatformRules() {
    }

    /**
     * Leaves out test jars ({@code *-tests.jar}, e.g. the runtime's worker-protocol fixtures that the CLI reads in
     * tests). {@link ImportOption.DoNotIncludeTests} only knows test-class directories, and a {@code verify} build
     * resolves a test-jar dependency to the packaged jar.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    // ---------------------------------------------------------------------------------------------------------- A3

    public static final ArchRule A3_NO_OSS_CLASS_DEPENDS_ON_A_PLATFORM_CLASS = noClasses()
            .that().resideInAPackage(OSS + "..")
            .should().dependOnClassesThat().resideInAPackage(PLATFORM + "..")
            .because("[A3] no OSS class depends on a platform class: OSS cannot even see ai.rensei (boundary.md A3, "
                    + "P2)");

    // ---------------------------------------------------------------------------------------------------------- A7

    static final DescribedPredicate<JavaClass> OSS_BEHIND_THE_FRONT_DOOR = resideInAPackage(OSS + "..")
            .and(DescribedPredicate.not(resideInAnyPackage("dev.donmai.contracts..", "dev.donmai.runtime.api..",
                    "dev.donmai.runtime.spi..")))
            .as("reside in dev.donmai.. outside contracts, runtime.api and runtime.spi");

    public static final ArchRule A7_THE_PLATFORM_ENTERS_OSS_ONLY_THROUGH_THE_FRONT_DOOR = noClasses()
            .that().resideInAPackage(PLATFORM + "..")
            .should().dependOnClassesThat(OSS_BEHIND_THE_FRONT_DOOR)
            .because("[A7] the platform enters OSS only through the front door: contracts, runtime.api, runtime.spi "
                    + "(boundary.md A7)");

    // ---------------------------------------------------------------------------------------------------------- A8

    public static final ArchRule A8_THE_ADAPTER_WORKS_IN_PROCESS = noClasses()
            .that().resideInAPackage(ADAPTER + "..")
            .should().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
            .orShould().callMethodWhere(target(owner(assignableTo(Runtime.class))).and(target(name("exec"))))
            .because("[A8] the adapter works in process: no ProcessBuilder, no Runtime.exec (boundary.md A8)");

    // ---------------------------------------------------------------------------------------------------------- A9

    public static final ArchRule A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT = noClasses()
            .that().resideInAnyPackage(OSS + "..", ADAPTER + "..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should().callMethodWhere(target(owner(type(System.class))).and(target(nameMatching("getenv|exit"))))
            .because("[A9] only entry points (ai.rensei.cli, dev.donmai.examples, dev.donmai.benchmarks) read the "
                    + "environment or exit the JVM; the adapter does not (boundary.md A9)");

    public static final ArchRule A9_ONLY_ENTRY_POINTS_HALT = noClasses()
            .that().resideInAnyPackage(OSS + "..", ADAPTER + "..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should().callMethodWhere(target(owner(type(Runtime.class))).and(target(nameMatching("halt|exit"))))
            .because("[A9] only entry points halt or exit the JVM (boundary.md A9)");

    public static final ArchRule A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS = noClasses()
            .that().resideInAnyPackage(OSS + "..", ADAPTER + "..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("[A9] only entry points use the standard streams (boundary.md A9)");

    // --------------------------------------------------------------------------------------------------------- A10

    public static final ArchRule A10_NO_BRAND_IN_OSS_CLASS_NAMES = noClasses()
            .that().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: class and package names (boundary.md A10)");

    public static final ArchRule A10_NO_BRAND_IN_OSS_FIELD_NAMES = noFields()
            .that().areDeclaredInClassesThat().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: field names (boundary.md A10)");

    public static final ArchRule A10_NO_BRAND_IN_OSS_METHOD_NAMES = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: method names (boundary.md A10)");

    /** Every rule of this holder. */
    public static List<ArchRule> all() {
        return List.of(A3_NO_OSS_CLASS_DEPENDS_ON_A_PLATFORM_CLASS,
                A7_THE_PLATFORM_ENTERS_OSS_ONLY_THROUGH_THE_FRONT_DOOR, A8_THE_ADAPTER_WORKS_IN_PROCESS,
                A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT, A9_ONLY_ENTRY_POINTS_HALT,
                A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS, A10_NO_BRAND_IN_OSS_CLASS_NAMES,
                A10_NO_BRAND_IN_OSS_FIELD_NAMES, A10_NO_BRAND_IN_OSS_METHOD_NAMES);
    }
}
