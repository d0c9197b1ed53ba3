package dev.donmai.providers.local;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * boundary.md A4, A5 and A9 over this module's production classes (until the kit's reusable
 * {@code ProviderArchitectureRules} lands, these are the module's own copy of them).
 */
@AnalyzeClasses(packages = "dev.donmai.providers.local", importOptions = ImportOption.DoNotIncludeTests.class)
class LocalArchitectureTest {

    @ArchTest
    static final ArchRule RUNTIME_ONLY_THROUGH_SPI = noClasses().that().resideInAPackage("dev.donmai.providers..")
            .should().dependOnClassesThat(resideInAPackage("dev.donmai.runtime..")
                    .and(not(resideInAPackage("dev.donmai.runtime.spi.."))))
            .orShould().dependOnClassesThat().resideInAPackage("dev.donmai.examples..")
            .because("[A4] providers reach the runtime only through runtime.spi");

    @ArchTest
    static final ArchRule NO_OTHER_PROVIDER = classes().that().resideInAPackage("dev.donmai.providers.local..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.donmai.contracts..",
                    "dev.donmai.runtime.spi..", "dev.donmai.providers.local..")
            .because("[A5] provider modules are independent of each other");

    @ArchTest
    static final ArchRule NO_ENVIRONMENT_OR_EXIT = noClasses().should().callMethodWhere(
                    target(owner(type(System.class))).and(target(nameMatching("getenv|exit"))))
            .orShould().callMethodWhere(target(owner(type(Runtime.class))).and(target(nameMatching("halt|exit"))))
            .because("[A9] only entry points read the environment or end the JVM");

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("[A9] only entry points use the standard streams");
}
