package dev.donmai.contracts.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ArchUnit rules of boundary.md §3 that guard {@code donmai-contracts}: A1, A2, A11, A12, A13. Held here, apart
 * from {@link ContractsArchitectureTest}, so the deliberate-violation tests can evaluate the very same rule objects
 * against fixture classes. Every rule's {@code because} text starts with its rule id, so a failure names it.
 */
public final class ContractsRules {

    /** The contracts root package. */
    public static final String CONTRACTS = "dev.donmai.contracts";

    /** boundary.md §3 {@code SECRET}: {@code .*token} is anchored at the end, so {@code inputTokens} passes. */
    public static final String SECRET = "(?i)(.*(secret|password|passwd|apikey|api_key|credential|authorization|bearer"
            + "|jwt|privatekey|private_key|cookie).*|.*token|.*headers?)";

    static final Pattern SECRET_PATTERN = Pattern.compile(SECRET);

    /** The one type secret material may have (contracts.md §0). */
    public static final String SECRET_TYPE = CONTRACTS + ".provider.Secret";
    static final String PROVIDER_EXCEPTION = CONTRACTS + ".provider.ProviderException";

    /**
     * boundary.md §3 {@code CELLS_AND_EVENTS}: classes in {@code contracts.events..} or {@code contracts.model..}, or
     * assignable to {@code AgentEvent}, {@code ProviderHookEvent}, {@code SessionHandle}, {@code SessionEnded}.
     * Assignability is checked by name, so the predicate holds before every one of those types exists.
     */
    public static final DescribedPredicate<JavaClass> CELLS_AND_EVENTS = describe(
            "are cells or events (contracts.events.., contracts.model.., or assignable to AgentEvent, "
                    + "ProviderHookEvent, SessionHandle, SessionEnded)",
            clazz -> clazz.getPackageName().equals(CONTRACTS + ".events")
                    || clazz.getPackageName().startsWith(CONTRACTS + ".events.")
                    || clazz.getPackageName().equals(CONTRACTS + ".model")
                    || clazz.getPackageName().startsWith(CONTRACTS + ".model.")
                    || clazz.isAssignableTo(CONTRACTS + ".session.AgentEvent")
                    || clazz.isAssignableTo(CONTRACTS + ".provider.ProviderHookEvent")
                    || clazz.isAssignableTo(CONTRACTS + ".session.SessionHandle")
                    || clazz.isAssignableTo(CONTRACTS + ".session.SessionEnded"));

    /** A2: the packages each contracts package may import besides {@code java..} and itself. */
    public static final Map<String, List<String>> A2_ALLOWED_IMPORTS = a2AllowedImports();

    private ContractsRules() {
    }

    // ---------------------------------------------------------------------------------------------------------- A1

    public static final ArchRule A1_CONTRACTS_USE_ONLY_THE_JDK = classes()
            .that().resideInAPackage(CONTRACTS + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CONTRACTS + "..")
            .because("[A1] contracts use only the JDK (boundary.md A1, P1)");

    // ---------------------------------------------------------------------------------------------------------- A2

    /** A2, one rule per row of the import table. */
    public static ArchRule a2Row(String contractsPackage) {
        List<String> allowed = A2_ALLOWED_IMPORTS.get(contractsPackage);
        if (allowed == null) {
            throw new IllegalArgumentException("no A2 row for " + contractsPackage);
        }
        List<String> packages = new ArrayList<>();
        packages.add("java..");
        packages.add(CONTRACTS + "." + contractsPackage + "..");
        for (String other : allowed) {
            packages.add(CONTRACTS + "." + other + "..");
        }
        return classes()
                .that().resideInAPackage(CONTRACTS + "." + contractsPackage + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                .because("[A2] contracts." + contractsPackage + " may import "
                        + (allowed.isEmpty() ? "nothing but java.. and itself" : "only java.., itself and " + allowed)
                        + " (boundary.md A2 DAG)");
    }

    public static final ArchRule A2_CONTRACT_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching(CONTRACTS + ".(*)..")
            .should().beFreeOfCycles()
            .because("[A2] contract packages form a DAG, no cycles (boundary.md A2)");

    // --------------------------------------------------------------------------------------------------------- A11

    public static final ArchRule A11_CELLS_AND_EVENTS_CARRY_NO_SECRET = noFields()
            .that().areDeclaredInClassesThat(CELLS_AND_EVENTS)
            .and().areNotStatic()
            .should().haveNameMatching(SECRET)
            .orShould().haveRawType(SECRET_TYPE)
            .orShould(haveASecretTypeArgument())
            .because("[A11] cells and events carry no secret: no secret-named field, no Secret, no Map/List of "
                    + "Secret (boundary.md A11)");

    // --------------------------------------------------------------------------------------------------------- A12

    public static final ArchRule A12_SECRET_NAMED_FIELDS_ARE_SECRETS = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(CONTRACTS + "..")
            .and().areNotStatic()
            .and().haveNameMatching(SECRET)
            .should(beSecretOrCollectionOfSecret())
            .because("[A12] everywhere in contracts a secret-named field is typed as a secret (boundary.md A12)");

    // --------------------------------------------------------------------------------------------------------- A13

    public static final ArchRule A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES = classes()
            .that().resideInAPackage(CONTRACTS + "..")
            .should(bePlainDataOrInterface())
            .because("[A13] contracts are plain data and interfaces: records, interfaces, enums, annotations; "
                    + "exceptions Secret, ProviderException and its nested kinds, final static-only holders; "
                    + "instance fields final (boundary.md A13)");

    /** Every rule of this holder, A2 rows included, in rule-id order. */
    public static List<ArchRule> all() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(A1_CONTRACTS_USE_ONLY_THE_JDK);
        A2_ALLOWED_IMPORTS.keySet().forEach(p -> rules.add(a2Row(p)));
        rules.add(A2_CONTRACT_PACKAGES_ARE_FREE_OF_CYCLES);
        rules.add(A11_CELLS_AND_EVENTS_CARRY_NO_SECRET);
        rules.add(A12_SECRET_NAMED_FIELDS_ARE_SECRETS);
        rules.add(A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES);
        return rules;
    }

    // ---------------------------------------------------------------------------------------------- conditions

    /**
     * A12's condition. A secret-named field passes when it is a {@code Secret}, a {@code Map}/{@code Collection}/
     * {@code Optional} of {@code Secret} (for a map: its values), a contracts record that has secret-named fields and
     * all of them pass A12 ({@code CloneOptions.credential: RemoteCredential}), or a {@code List<String>} of names whose
     * field name ends in {@code Requirements} ({@code SessionSpec.credentialRequirements}).
     */
    public static ArchCondition<JavaField> beSecretOrCollectionOfSecret() {
        return new ArchCondition<>("be a Secret, a collection of Secret, a contracts record whose secret-named fields "
                + "pass A12, or a List<String> of names ending in Requirements") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean ok = passesA12(field, new HashSet<>());
                String message = field.getFullName() + " of type " + field.getType().getName()
                        + (ok ? " is typed as a secret" : " is secret-named but not typed as a secret") + " in "
                        + field.getOwner().getSimpleName() + ".java";
                events.add(new SimpleConditionEvent(field, ok, message));
            }
        };
    }

    static boolean passesA12(JavaField field, Set<String> visiting) {
        JavaType type = field.getType();
        if (isSecretOrCollectionOfSecret(type)) {
            return true;
        }
        JavaClass raw = field.getRawType();
        if (field.getName().endsWith("Requirements") && raw.getName().equals(List.class.getName())
                && type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().size() == 1
                && parameterized.getActualTypeArguments().get(0).toErasure().getName().equals(String.class.getName())) {
            return true;
        }
        if (raw.isRecord() && isInContracts(raw)) {
            if (!visiting.add(raw.getName())) {
                return false; // a record that holds itself never reaches a Secret
            }
            List<JavaField> secretNamed = raw.getFields().stream()
                    .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                    .filter(f -> SECRET_PATTERN.matcher(f.getName()).matches())
                    .toList();
            boolean ok = !secretNamed.isEmpty() && secretNamed.stream().allMatch(f -> passesA12(f, visiting));
            visiting.remove(raw.getName());
            return ok;
        }
        return false;
    }

    /** True for {@code Secret} and for a map (values), collection or optional whose elements pass, recursively. */
    static boolean isSecretOrCollectionOfSecret(JavaType type) {
        if (type instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().size() == 1 && isSecretOrCollectionOfSecret(wildcard.getUpperBounds().get(0));
        }
        JavaClass erasure = type.toErasure();
        if (erasure.getName().equals(SECRET_TYPE)) {
            return true;
        }
        if (!(type instanceof JavaParameterizedType parameterized)) {
            return false;
        }
        List<JavaType> arguments = parameterized.getActualTypeArguments();
        if (erasure.isAssignableTo(Map.class) && arguments.size() == 2) {
            return isSecretOrCollectionOfSecret(arguments.get(1));
        }
        if ((erasure.isAssignableTo(java.util.Collection.class) || erasure.isEquivalentTo(Optional.class))
                && arguments.size() == 1) {
            return isSecretOrCollectionOfSecret(arguments.get(0));
        }
        return false;
    }

    /** A11's extra condition: a field is a {@code Map}/{@code Collection}/{@code Optional} whose type argument is a Secret. */
    public static ArchCondition<JavaField> haveASecretTypeArgument() {
        return new ArchCondition<>("have a Map or List type argument that is Secret") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean hasSecretArgument = field.getType() instanceof JavaParameterizedType
                        && !field.getRawType().getName().equals(SECRET_TYPE)
                        && field.getType().getAllInvolvedRawTypes().stream()
                                .anyMatch(t -> t.getName().equals(SECRET_TYPE));
                events.add(new SimpleConditionEvent(field, hasSecretArgument, field.getFullName() + " of type "
                        + field.getType().getName() + (hasSecretArgument ? " has" : " has no")
                        + " Secret type argument in " + field.getOwner().getSimpleName() + ".java"));
            }
        };
    }

    /** A13's condition. */
    public static ArchCondition<JavaClass> bePlainDataOrInterface() {
        return new ArchCondition<>("be a record, interface, enum or annotation (or a listed exception) with final "
                + "instance fields") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                if (clazz.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return; // compiler artefacts (e.g. enum switch maps) are not source classes
                }
                List<String> problems = new ArrayList<>();
                String kind = kindOf(clazz);
                if (kind == null) {
                    problems.add("is a plain class (not a record, interface, enum, annotation, Secret, "
                            + "ProviderException kind, or final holder with a private constructor and only static "
                            + "members)");
                }
                clazz.getFields().stream()
                        .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                        .filter(f -> !f.getModifiers().contains(JavaModifier.FINAL))
                        .forEach(f -> problems.add("has non-final instance field " + f.getName()));
                String where = " in (" + clazz.getSimpleName() + ".java:0)";
                if (problems.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(clazz, clazz.getName() + " is " + kind + where));
                } else {
                    events.add(SimpleConditionEvent.violated(clazz,
                            clazz.getName() + " " + String.join(", ", problems) + where));
                }
            }
        };
    }

    private static String kindOf(JavaClass clazz) {
        if (clazz.isRecord()) {
            return "a record";
        }
        if (clazz.isAnnotation()) {
            return "an annotation";
        }
        if (clazz.isInterface()) {
            return "an interface";
        }
        if (clazz.isEnum() || clazz.getRawSuperclass().map(s -> s.isEnum()).orElse(false)) {
            return "an enum"; // an enum constant with a body compiles to a subclass of the enum
        }
        if (clazz.getName().equals(SECRET_TYPE)) {
            return "Secret";
        }
        if (clazz.getName().equals(PROVIDER_EXCEPTION)) {
            return "ProviderException";
        }
        if (clazz.isAssignableTo(PROVIDER_EXCEPTION)
                && clazz.getEnclosingClass().map(e -> e.getName().equals(PROVIDER_EXCEPTION)).orElse(false)) {
            return "a nested ProviderException kind";
        }
        if (isStaticOnlyHolder(clazz)) {
            return "a final static-only holder";
        }
        return null;
    }

    private static boolean isStaticOnlyHolder(JavaClass clazz) {
        Set<JavaModifier> modifiers = clazz.getModifiers();
        if (!modifiers.contains(JavaModifier.FINAL) || modifiers.contains(JavaModifier.ABSTRACT)) {
            return false;
        }
        boolean privateConstructors = !clazz.getConstructors().isEmpty() && clazz.getConstructors().stream()
                .allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE));
        boolean staticFields = clazz.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC));
        boolean staticMethods = clazz.getMethods().stream()
                .allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC));
        return privateConstructors && staticFields && staticMethods;
    }

    private static boolean isInContracts(JavaClass clazz) {
        return clazz.getPackageName().equals(CONTRACTS) || clazz.getPackageName().startsWith(CONTRACTS + ".");
    }

    private static Map<String, List<String>> a2AllowedImports() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("provider", List.of());
        rows.put("model", List.of("provider"));
        rows.put("session", List.of("provider", "model"));
        for (String p : List.of("events", "workarea", "issues", "deployment", "registry", "requester")) {
            rows.put(p, List.of("provider", "session"));
        }
        rows.put("sandbox", List.of("provider", "session", "workarea"));
        rows.put("vcs", List.of("provider", "session", "workarea"));
        rows.put("agent", List.of("provider", "session", "model"));
        rows.put("kit", List.of("provider", "session", "agent"));
        rows.put("intelligence", List.of("provider", "session", "workarea", "vcs"));
        return java.util.Collections.unmodifiableMap(rows);
    }
}
