package dev.donmai.examples.standalone;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.donmai.providers.tck.ProviderArchitectureRules;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ArchUnit rules of boundary.md §3 that need the whole OSS graph ({@code dev.donmai..}, no platform jar): A4, A5,
 * A6 (layout and "internal is private"; the api/spi part runs in {@code RuntimeArchitectureTest}), A9, A10, A14.
 * Held apart from {@link OssBoundaryTest} so the deliberate-violation tests evaluate the same rule objects. Every
 * {@code because} starts with the rule id.
 */
public final class OssRules {

    public static final String OSS = "dev.donmai";
    public static final String PROVIDERS = "dev.donmai.providers";

    /** boundary.md A10: a brand in an OSS identifier. */
    public static final String BRAND = "(?i).*rensei.*";

    private OssRules() {
    }

    // ---------------------------------------------------------------------------------------------------------- A4

    public static final ArchRule A4_PROVIDERS_REACH_THE_RUNTIME_ONLY_THROUGH_SPI =
            ProviderArchitectureRules.runtimeOnlyThroughSpi(PROVIDERS);

    public static final ArchRule A4_PROVIDERS_DO_NOT_DEPEND_ON_EXAMPLES = ProviderArchitectureRules.noExamples(PROVIDERS);

    // ---------------------------------------------------------------------------------------------------------- A5

    public static final ArchRule A5_PROVIDER_MODULES_ARE_INDEPENDENT =
            ProviderArchitectureRules.providerModulesDoNotDependOnEachOther();

    // ---------------------------------------------------------------------------------------------------------- A6

    public static final ArchRule A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL = classes()
            .that().resideInAPackage("dev.donmai.runtime..")
            .should().resideInAnyPackage("dev.donmai.runtime.api..", "dev.donmai.runtime.spi..",
                    "dev.donmai.runtime.internal..")
            .because("[A6] runtime code lives only in runtime.api, runtime.spi and runtime.internal (boundary.md A6)");

    public static final ArchRule A6_RUNTIME_INTERNAL_IS_PRIVATE = noClasses()
            .that().resideOutsideOfPackages("dev.donmai.runtime..", "dev.donmai.benchmarks..")
            .should().dependOnClassesThat().resideInAPackage("dev.donmai.runtime.internal..")
            .because("[A6] runtime.internal is private: only the runtime (and the benchmarks) may use it "
                    + "(boundary.md A6)");

    // ---------------------------------------------------------------------------------------------------------- A9

    public static final ArchRule A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT = noClasses()
            .that().resideInAnyPackage("dev.donmai..", "ai.rensei.platform..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should().callMethodWhere(target(owner(type(System.class))).and(target(nameMatching("getenv|exit"))))
            .because("[A9] only entry points (ai.rensei.cli, dev.donmai.examples, dev.donmai.benchmarks) read the "
                    + "environment or exit the JVM (boundary.md A9, P3)");

    public static final ArchRule A9_ONLY_ENTRY_POINTS_HALT = noClasses()
            .that().resideInAnyPackage("dev.donmai..", "ai.rensei.platform..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should().callMethodWhere(target(owner(type(Runtime.class))).and(target(nameMatching("halt|exit"))))
            .because("[A9] only entry points halt or exit the JVM (boundary.md A9)");

    public static final ArchRule A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS = noClasses()
            .that().resideInAnyPackage("dev.donmai..", "ai.rensei.platform..")
            .and().resideOutsideOfPackages("dev.donmai.examples..", "dev.donmai.benchmarks..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("[A9] only entry points use the standard streams (boundary.md A9)");

    // --------------------------------------------------------------------------------------------------------- A10

    public static final ArchRule A10_NO_BRAND_IN_OSS_CLASS_NAMES = noClasses()
            .that().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: class and package names (boundary.md A10, P1)");

    public static final ArchRule A10_NO_BRAND_IN_OSS_FIELD_NAMES = noFields()
            .that().areDeclaredInClassesThat().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: field names (boundary.md A10, P1)");

    public static final ArchRule A10_NO_BRAND_IN_OSS_METHOD_NAMES = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage(OSS + "..")
            .should().haveNameMatching(BRAND)
            .because("[A10] no brand in OSS identifiers: method names (boundary.md A10, P1)");

    // --------------------------------------------------------------------------------------------------------- A14

    public static final ArchRule A14_EVERY_RUNTIME_SPI_HAS_AN_OSS_IMPLEMENTATION = classes()
            .that().resideInAPackage("dev.donmai.runtime.spi..")
            .and().areInterfaces()
            .and().arePublic()
            .should(haveAnImplementorIn(OSS + ".."))
            .because("[A14] every runtime SPI has an OSS implementation: a named, concrete class; lambdas and "
                    + "anonymous classes do not count (boundary.md A14)");

    /** Every rule of this holder. */
    public static List<ArchRule> all() {
        return List.of(A4_PROVIDERS_REACH_THE_RUNTIME_ONLY_THROUGH_SPI, A4_PROVIDERS_DO_NOT_DEPEND_ON_EXAMPLES,
                A5_PROVIDER_MODULES_ARE_INDEPENDENT, A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL,
                A6_RUNTIME_INTERNAL_IS_PRIVATE, A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT,
                A9_ONLY_ENTRY_POINTS_HALT, A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS,
                A10_NO_BRAND_IN_OSS_CLASS_NAMES, A10_NO_BRAND_IN_OSS_FIELD_NAMES, A10_NO_BRAND_IN_OSS_METHOD_NAMES,
                A14_EVERY_RUNTIME_SPI_HAS_AN_OSS_IMPLEMENTATION);
    }

    /**
     * A14's condition: among the imported classes, a named (not anonymous, not synthetic), concrete (not abstract, not
     * an interface) class in {@code packageIdentifier} implements the interface, directly or through other types.
     */
    public static ArchCondition<JavaClass> haveAnImplementorIn(String packageIdentifier) {
        var inPackage = JavaClass.Predicates.resideInAPackage(packageIdentifier);
        return new ArchCondition<>("have a named implementor in " + packageIdentifier) {
            @Override
            public void check(JavaClass spi, ConditionEvents events) {
                List<String> implementors = spi.getAllSubclasses().stream()
                        .filter(c -> !c.isInterface() && !c.isAnonymousClass())
                        .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                        .filter(c -> !c.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .filter(inPackage)
                        .map(JavaClass::getName)
                        .sorted()
                        .collect(Collectors.toList());
                String where = " in (" + spi.getSimpleName() + ".java:0)";
                if (implementors.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(spi,
                            spi.getName() + " has no named OSS implementation in " + packageIdentifier + where));
                } else {
                    events.add(SimpleConditionEvent.satisfied(spi,
                            spi.getName() + " is implemented by " + implementors + where));
                }
            }
        };
    }
}
