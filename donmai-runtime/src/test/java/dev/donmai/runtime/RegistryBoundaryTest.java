package dev.donmai.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The boundary rules the registry code is written against (boundary.md A6, A9, A14), checked over the runtime's
 * production classes. The full suites live in the modules boundary.md names; this keeps the registry honest on its
 * own branch.
 */
class RegistryBoundaryTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.donmai.runtime");

    @Test
    void a6RuntimeCodeLivesInApiSpiOrInternal() {
        classes().that().resideInAPackage("dev.donmai.runtime..")
                .should().resideInAnyPackage("dev.donmai.runtime.api..", "dev.donmai.runtime.spi..",
                        "dev.donmai.runtime.internal..")
                .because("[A6] runtime code lives only in api, spi, internal")
                .check(RUNTIME);
    }

    @Test
    void a6SpiUsesOnlyContractsAndTheJdk() {
        classes().that().resideInAPackage("dev.donmai.runtime.spi..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.donmai.contracts..", "dev.donmai.runtime.spi..")
                .because("[A6] runtime.spi uses only contracts and java..")
                .check(RUNTIME);
    }

    @Test
    void a6PublicApiAndSpiSignaturesNameNoInternalType() {
        classes().that().resideInAnyPackage("dev.donmai.runtime.api..", "dev.donmai.runtime.spi..")
                .and().arePublic()
                .should(exposeNoInternalType())
                .because("[A6] public and protected members of runtime.api/spi never name an internal type")
                .check(RUNTIME);
    }

    @Test
    void a9NoEnvironmentExitOrStandardStreams() {
        noClasses().that().resideInAPackage("dev.donmai.runtime..")
                .should().callMethodWhere(DescribedPredicate.describe("System.getenv/exit or Runtime.halt",
                        call -> (call.getTargetOwner().isEquivalentTo(System.class)
                                && Set.of("getenv", "exit").contains(call.getName()))
                                || (call.getTargetOwner().isEquivalentTo(Runtime.class) && call.getName().equals("halt"))))
                .orShould(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("[A9] only entry points read the environment, exit the JVM or use the standard streams")
                .check(RUNTIME);
    }

    @Test
    void a14EverySpiInterfaceHasANamedImplementation() {
        classes().that().resideInAPackage("dev.donmai.runtime.spi..").and().areInterfaces().and().arePublic()
                .should(haveANamedImplementorInDonmai())
                .because("[A14] every runtime SPI has an OSS implementation")
                .check(RUNTIME);
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no dev.donmai.runtime.internal type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (isVisible(field.getModifiers())) {
                        report(type, field.getFullName(), List.of(field.getType()), events);
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (isVisible(unit.getModifiers())) {
                        List<JavaType> named = new ArrayList<>(unit.getParameterTypes());
                        named.add(unit.getReturnType());
                        unit.getThrowsClause().getTypes().forEach(named::add);
                        report(type, unit.getFullName(), named, events);
                    }
                }
            }
        };
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void report(JavaClass owner, String member, List<JavaType> types, ConditionEvents events) {
        for (JavaType type : types) {
            for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                if (raw.getPackageName().startsWith("dev.donmai.runtime.internal")) {
                    events.add(SimpleConditionEvent.violated(owner, member + " names " + raw.getName()));
                }
            }
        }
    }

    private static ArchCondition<JavaClass> haveANamedImplementorInDonmai() {
        return new ArchCondition<>("have a named implementing class in dev.donmai..") {
            @Override
            public void check(JavaClass spi, ConditionEvents events) {
                boolean implemented = spi.getAllSubclasses().stream()
                        .anyMatch(c -> !c.isInterface() && !c.isAnonymousClass()
                                && c.getPackageName().startsWith("dev.donmai."));
                events.add(new SimpleConditionEvent(spi, implemented, spi.getName()
                        + (implemented ? " has" : " has no") + " named implementation in dev.donmai.."));
            }
        };
    }
}
