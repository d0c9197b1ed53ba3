package dev.donmai.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.provider.WireValue;
import dev.donmai.contracts.testsupport.ContractAssertions;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Boundary rules (boundary.md A1, A2, A12, A13) and generic contract rules checked over the family packages
 * {@code sandbox}, {@code workarea}, {@code vcs}, {@code issues}, {@code deployment}, {@code registry},
 * {@code requester} and {@code intelligence}. The module-wide {@code ContractsArchitectureTest} covers every package;
 * this test keeps these packages honest on their own.
 */
class FamilyPackagesRulesTest {

    private static final String ROOT = "dev.donmai.contracts.";
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "sandbox", List.of("provider", "session", "workarea"),
            "vcs", List.of("provider", "session", "workarea"),
            "workarea", List.of("provider", "session"),
            "issues", List.of("provider", "session"),
            "deployment", List.of("provider", "session"),
            "registry", List.of("provider", "session"),
            "requester", List.of("provider", "session"),
            "intelligence", List.of("provider", "session", "workarea", "vcs"));

    /** boundary.md §3 SECRET. */
    private static final Pattern SECRET = Pattern.compile("(?i)(.*(secret|password|passwd|apikey|api_key|credential"
            + "|authorization|bearer|jwt|privatekey|private_key|cookie).*|.*token|.*headers?)");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ALLOWED.keySet().stream().map(p -> ROOT + p).toArray(String[]::new));

    private static Stream<Class<?>> familyClasses() {
        return CLASSES.stream().map(JavaClass::reflect);
    }

    @Test
    void everyFamilyPackageHasClassesAndADocumentedPackageInfo() throws java.io.IOException {
        for (String pkg : ALLOWED.keySet()) {
            assertThat(CLASSES.stream().anyMatch(c -> c.getPackageName().equals(ROOT + pkg)))
                    .as("classes in %s", pkg).isTrue();
            java.nio.file.Path info = SOURCES.resolve(pkg).resolve("package-info.java");
            assertThat(info).as("package-info in %s", pkg).exists();
            assertThat(java.nio.file.Files.readString(info)).startsWith("/**");
        }
    }

    /** Matches a type declaration line; group 1 = the modifiers, group 2 = the kind. */
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^\\s*((?:public |protected |private |static |final |sealed |non-sealed |abstract )*)"
                    + "(record|interface|enum|class|@interface) +[A-Z]\\w*.*$");

    private static final java.nio.file.Path SOURCES = java.nio.file.Path.of("src/main/java/dev/donmai/contracts");

    @Test
    void everyPublicTypeHasJavadoc() throws java.io.IOException {
        List<String> undocumented = new ArrayList<>();
        for (String pkg : ALLOWED.keySet()) {
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(SOURCES.resolve(pkg))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = java.nio.file.Files.readAllLines(file);
                    boolean inInterface = false;
                    for (int i = 0; i < lines.size(); i++) {
                        var m = TYPE_DECLARATION.matcher(lines.get(i));
                        if (!m.matches() || lines.get(i).contains("new ")) {
                            continue;
                        }
                        boolean topLevel = !lines.get(i).startsWith(" ");
                        if (topLevel) {
                            inInterface = m.group(2).equals("interface") || m.group(2).equals("@interface");
                        }
                        boolean isPublic = m.group(1).contains("public") || (!topLevel && inInterface
                                && !m.group(1).contains("private"));
                        if (isPublic && !documented(lines, i)) {
                            undocumented.add(file.getFileName() + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    private static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && lines.get(i).strip().startsWith("@")) {
            i--;
        }
        if (i < 0 || !lines.get(i).strip().endsWith("*/")) {
            return false;
        }
        while (i >= 0 && !lines.get(i).contains("/*")) {
            i--;
        }
        return i >= 0 && lines.get(i).strip().startsWith("/**");
    }

    @Test
    void noAccessorLikeMethodAddsAWireField() {
        // Wire name = component name: a public no-argument get…/is… method that is not a record accessor would be
        // picked up by default JSON getter detection and leak an extra field.
        List<String> offenders = new ArrayList<>();
        familyClasses().filter(t -> t.isRecord() || t.isInterface()).forEach(type -> {
            java.util.Set<String> components = type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(
                            java.util.stream.Collectors.toSet())
                    : java.util.Set.of();
            for (Method method : type.getDeclaredMethods()) {
                String name = method.getName();
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() == 0 && !components.contains(name)
                        && (name.matches("get[A-Z].*") || (name.matches("is[A-Z].*")
                                && (method.getReturnType() == boolean.class)))) {
                    offenders.add(type.getSimpleName() + "." + name);
                }
            }
        });
        assertThat(offenders).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> a2PackagesImportOnlyWhatTheDagAllows() {
        return ALLOWED.entrySet().stream().map(e -> DynamicTest.dynamicTest("[A2] " + e.getKey(), () -> {
            List<String> allowed = new ArrayList<>();
            allowed.add("java..");
            allowed.add(ROOT + e.getKey() + "..");
            e.getValue().forEach(p -> allowed.add(ROOT + p + ".."));
            classes().that().resideInAPackage(ROOT + e.getKey() + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .because("[A2] contract packages form the DAG of boundary.md §3")
                    .check(CLASSES);
        }));
    }

    @Test
    void a12SecretNamedFieldsAreSecrets() {
        List<String> offenders = new ArrayList<>();
        familyClasses().forEach(type -> {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && SECRET.matcher(field.getName()).matches() && !isSecretTyped(field.getGenericType(), 0)) {
                    offenders.add(type.getName() + "." + field.getName());
                }
            }
        });
        assertThat(offenders).as("[A12] secret-named fields not typed as Secret").isEmpty();
    }

    private static boolean isSecretTyped(Type type, int depth) {
        if (type == Secret.class) {
            return true;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)
                        || Map.class.isAssignableFrom(raw))) {
            Type[] args = p.getActualTypeArguments();
            return args[args.length - 1] == Secret.class;
        }
        if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith(ROOT) && depth < 4) {
            for (Field inner : c.getDeclaredFields()) {
                if (!Modifier.isStatic(inner.getModifiers()) && SECRET.matcher(inner.getName()).matches()
                        && !isSecretTyped(inner.getGenericType(), depth + 1)) {
                    return false;
                }
            }
            return Arrays.stream(c.getDeclaredFields()).anyMatch(f -> !Modifier.isStatic(f.getModifiers())
                    && SECRET.matcher(f.getName()).matches());
        }
        return false;
    }

    @Test
    void a13OnlyPlainDataAndInterfaces() {
        List<String> offenders = new ArrayList<>();
        familyClasses().forEach(type -> {
            if (type.getSimpleName().equals("package-info")) {
                return;
            }
            boolean plain = type.isRecord() || type.isInterface() || type.isEnum() || type.isAnnotation()
                    || isEnumConstantBody(type);
            if (!plain && !isStaticHolder(type)) {
                offenders.add(type.getName() + " is not a record, interface, enum, annotation or static holder");
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    offenders.add(type.getName() + "." + field.getName() + " is not final");
                }
            }
        });
        assertThat(offenders).as("[A13]").isEmpty();
    }

    private static boolean isEnumConstantBody(Class<?> type) {
        return type.getSuperclass() != null && type.getSuperclass().isEnum();
    }

    private static boolean isStaticHolder(Class<?> type) {
        if (!Modifier.isFinal(type.getModifiers()) || type.getSuperclass() != Object.class) {
            return false;
        }
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(type.getDeclaredFields()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        boolean onlyStatic = members.stream().filter(m -> !m.isSynthetic())
                .allMatch(m -> Modifier.isStatic(m.getModifiers()));
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        return onlyStatic && Arrays.stream(constructors).allMatch(c -> Modifier.isPrivate(c.getModifiers()));
    }

    @TestFactory
    Stream<DynamicTest> everyWireEnumRoundTrips() {
        return familyClasses().filter(Class::isEnum).filter(WireValue.class::isAssignableFrom)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> roundTrip(type)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void roundTrip(Class<?> type) {
        ContractAssertions.assertWireRoundTrip((Class) type);
    }

    @Test
    void everyEnumIsAWireValue() {
        assertThat(familyClasses().filter(Class::isEnum).filter(t -> !WireValue.class.isAssignableFrom(t))
                .map(Class::getName)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCapabilityRecordLabelsEveryComponent() {
        List<Class<?>> caps = familyClasses().filter(Capabilities.class::isAssignableFrom)
                .filter(Class::isRecord).toList();
        assertThat(caps).hasSize(7);
        return caps.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(),
                () -> ContractAssertions.assertLabelsCoverComponents(type.asSubclass(Capabilities.class))));
    }

    @Test
    void everyIoVerbTakesTheTimeoutLast() {
        List<String> offenders = new ArrayList<>();
        familyClasses().filter(Class::isInterface).filter(t -> Modifier.isPublic(t.getModifiers())).forEach(type -> {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.isDefault() || method.isSynthetic()) {
                    continue;
                }
                Class<?>[] params = method.getParameterTypes();
                for (int i = 0; i < params.length - 1; i++) {
                    if (params[i] == java.time.Duration.class) {
                        offenders.add(type.getSimpleName() + "." + method.getName() + " has a Duration before last");
                    }
                }
            }
        });
        assertThat(offenders).isEmpty();
    }

    @Test
    void publicTypesAreDocumentedAsPublicApiOnly() {
        // Checks are package-private helpers; nothing else non-public is allowed to leak into a signature.
        assertThat(familyClasses().filter(t -> !Modifier.isPublic(t.getModifiers()))
                .filter(t -> !t.getSimpleName().equals("package-info"))
                .map(Class::getSimpleName).distinct()).containsOnly("Checks");
    }
}
