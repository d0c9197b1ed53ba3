package dev.donmai.runtime.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ArchUnit rules of boundary.md §3 that {@code donmai-runtime} checks on its own classes: A6 (api/spi part) and A9
 * for the runtime. The rest of A6 (nothing outside the runtime sees {@code internal}) needs the whole OSS graph and runs
 * in {@code examples/standalone-daemon} ({@code OssBoundaryTest}). A15 is wave 2 (written with
 * {@code runtime.api.audit.verify}, boundary.md §3). Every {@code because} starts with the rule id.
 */
public final class RuntimeRules {

    public static final String RUNTIME = "dev.donmai.runtime";
    public static final String API = RUNTIME + ".api";
    public static final String SPI = RUNTIME + ".spi";
    public static final String INTERNAL = RUNTIME + ".internal";

    private RuntimeRules() {
    }

    // ---------------------------------------------------------------------------------------------------------- A6

    public static final ArchRule A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL = classes()
            .that().resideInAPackage(RUNTIME + "..")
            .should().resideInAnyPackage(API + "..", SPI + "..", INTERNAL + "..")
            .because("[A6] runtime code lives only in runtime.api, runtime.spi and runtime.internal (boundary.md A6)");

    public static final ArchRule A6_SPI_USES_ONLY_CONTRACTS_AND_THE_JDK = classes()
            .that().resideInAPackage(SPI + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.donmai.contracts..", SPI + "..")
            .because("[A6] runtime.spi uses only contracts and java.. (boundary.md A6)");

    /** Public and protected members, in classes of runtime.api/runtime.spi. */
    static final DescribedPredicate<JavaMember> PUBLIC_OR_PROTECTED = describe("are public or protected",
            member -> member.getModifiers().contains(JavaModifier.PUBLIC)
                    || member.getModifiers().contains(JavaModifier.PROTECTED));

    public static final ArchRule A6_API_AND_SPI_SIGNATURES_NAME_NO_INTERNAL_TYPE = members()
            .that().areDeclaredInClassesThat().resideInAnyPackage(API + "..", SPI + "..")
            .and(PUBLIC_OR_PROTECTED)
            .should(notNameATypeIn(INTERNAL + ".."))
            .because("[A6] public and protected members of runtime.api/runtime.spi never name a runtime.internal type "
                    + "in a signature: field, return, parameter, type-parameter bound or thrown type (boundary.md A6); "
                    + "method bodies may instantiate internal classes");

    // ---------------------------------------------------------------------------------------------------------- A9

    public static final ArchRule A9_RUNTIME_READS_NO_ENVIRONMENT_AND_DOES_NOT_EXIT = noClasses()
            .that().resideInAPackage(RUNTIME + "..")
            .should().callMethodWhere(target(owner(type(System.class))).and(target(nameMatching("getenv|exit"))))
            .because("[A9] only entry points read the environment or exit the JVM; the runtime takes configuration "
                    + "objects (boundary.md A9, P3)");

    public static final ArchRule A9_RUNTIME_DOES_NOT_HALT = noClasses()
            .that().resideInAPackage(RUNTIME + "..")
            .should().callMethodWhere(target(owner(type(Runtime.class))).and(target(nameMatching("halt|exit"))))
            .because("[A9] only entry points halt or exit the JVM (boundary.md A9)");

    public static final ArchRule A9_RUNTIME_USES_NO_STANDARD_STREAMS = noClasses()
            .that().resideInAPackage(RUNTIME + "..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("[A9] only entry points use System.out/System.err/printStackTrace; the runtime logs "
                    + "(boundary.md A9)");

    /** Every rule of this holder. */
    public static List<ArchRule> all() {
        return List.of(A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL, A6_SPI_USES_ONLY_CONTRACTS_AND_THE_JDK,
                A6_API_AND_SPI_SIGNATURES_NAME_NO_INTERNAL_TYPE, A9_RUNTIME_READS_NO_ENVIRONMENT_AND_DOES_NOT_EXIT,
                A9_RUNTIME_DOES_NOT_HALT, A9_RUNTIME_USES_NO_STANDARD_STREAMS);
    }

    /**
     * A6's custom condition: the member's signature names no type in {@code packageIdentifier} (an ArchUnit package
     * identifier such as {@code dev.donmai.runtime.internal..}). Fields: the generic field type; methods and
     * constructors: generic return and parameter types, type-parameter bounds, and the throws clause. Arrays count by
     * their component type, generics by every type argument.
     */
    public static ArchCondition<JavaMember> notNameATypeIn(String packageIdentifier) {
        DescribedPredicate<JavaClass> inPackage = JavaClass.Predicates.resideInAPackage(packageIdentifier);
        return new ArchCondition<>("not name a type in " + packageIdentifier + " in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<String> named = new TreeSet<>();
                for (JavaClass type : signatureTypes(member)) {
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    if (inPackage.test(base)) {
                        named.add(base.getName());
                    }
                }
                String where = " in (" + member.getOwner().getSimpleName() + ".java:0)";
                if (named.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(member,
                            member.getFullName() + " names no " + packageIdentifier + " type" + where));
                } else {
                    events.add(SimpleConditionEvent.violated(member,
                            member.getFullName() + " names " + named + " in its signature" + where));
                }
            }
        };
    }

    static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
            codeUnit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
            for (JavaTypeVariable<?> variable : codeUnit.getTypeParameters()) {
                types.addAll(variable.getAllInvolvedRawTypes());
            }
            types.addAll(codeUnit.getExceptionTypes());
        }
        return types;
    }
}
