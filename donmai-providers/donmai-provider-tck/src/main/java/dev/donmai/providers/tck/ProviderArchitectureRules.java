package dev.donmai.providers.tck;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The provider-side ArchUnit rules of boundary.md §3, parameterised by a provider's root package so that every OSS
 * provider module and every third-party provider can run them on its own classes:
 * <ul>
 *   <li><b>A4</b>: providers reach the runtime only through {@code dev.donmai.runtime.spi}, and no provider depends on
 *   {@code dev.donmai.examples..};</li>
 *   <li><b>A5</b>: provider modules are independent of each other (shared helpers go to {@code runtime.spi}).</li>
 * </ul>
 * Each rule's failure message starts with its rule id ({@code [A4]}, {@code [A5]}).
 *
 * <p>Use from a JUnit 5 test of the provider module:
 * <pre>{@code
 * @Test
 * void architecture() {
 *     ProviderArchitectureRules.check("com.example.sandbox");
 * }
 * }</pre>
 * or evaluate {@link #rulesFor(String)} against classes of your choosing. The rules keep ArchUnit's
 * {@code failOnEmptyShould}: a root package without production classes fails rather than passing silently.
 */
public final class ProviderArchitectureRules {

    /** The package root of the OSS providers. */
    public static final String OSS_PROVIDERS = "dev.donmai.providers";
    /** The only runtime package a provider may use. */
    public static final String RUNTIME_SPI = "dev.donmai.runtime.spi";

    private static final Pattern PACKAGE = Pattern.compile("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$");

    private ProviderArchitectureRules() {
    }

    /**
     * A4 (first half): no class under {@code rootPackage} depends on a {@code dev.donmai.runtime..} class outside
     * {@code dev.donmai.runtime.spi..}.
     */
    public static ArchRule runtimeOnlyThroughSpi(String rootPackage) {
        String root = requirePackage(rootPackage);
        DescribedPredicate<JavaClass> runtimeButNotSpi = resideInAPackage("dev.donmai.runtime..")
                .and(DescribedPredicate.not(resideInAPackage(RUNTIME_SPI + "..")));
        return noClasses()
                .that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(runtimeButNotSpi.as("reside in dev.donmai.runtime.. but not in "
                        + RUNTIME_SPI + ".."))
                .because("[A4] providers reach the runtime only through runtime.spi (boundary.md A4)");
    }

    /** A4 (second half): no class under {@code rootPackage} depends on {@code dev.donmai.examples..}. */
    public static ArchRule noExamples(String rootPackage) {
        String root = requirePackage(rootPackage);
        return noClasses()
                .that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.donmai.examples..")
                .because("[A4] no provider depends on dev.donmai.examples.. (boundary.md A4)");
    }

    /**
     * A5 from one module's point of view: no class under {@code rootPackage} depends on a class of another provider
     * module, i.e. on {@code dev.donmai.providers..} outside its own root. For a third-party root this means: no
     * dependency on any OSS provider module; shared helpers belong in {@code runtime.spi}.
     */
    public static ArchRule independentOfOtherProviders(String rootPackage) {
        String root = requirePackage(rootPackage);
        DescribedPredicate<JavaClass> otherProvider = resideInAPackage(OSS_PROVIDERS + "..")
                .and(DescribedPredicate.not(resideInAPackage(root + "..")));
        return noClasses()
                .that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(otherProvider.as("reside in another provider module under "
                        + OSS_PROVIDERS + ".."))
                .because("[A5] provider modules are independent of each other; shared helpers go to runtime.spi "
                        + "(boundary.md A5)");
    }

    /**
     * A5 over a graph that holds several provider modules (e.g. the whole OSS graph):
     * {@code slices().matching("dev.donmai.providers.(*)..").should().notDependOnEachOther()}.
     */
    public static ArchRule providerModulesDoNotDependOnEachOther() {
        return slices()
                .matching(OSS_PROVIDERS + ".(*)..")
                .should().notDependOnEachOther()
                .because("[A5] provider modules are independent of each other; shared helpers go to runtime.spi "
                        + "(boundary.md A5)");
    }

    /** A4 and A5 for one provider whose classes live under {@code rootPackage}, e.g. {@code dev.donmai.providers.git}. */
    public static List<ArchRule> rulesFor(String rootPackage) {
        return List.of(runtimeOnlyThroughSpi(rootPackage), noExamples(rootPackage),
                independentOfOtherProviders(rootPackage));
    }

    /** {@link #rulesFor(String)} as one rule, for an {@code @ArchTest} field. */
    public static ArchRule ruleFor(String rootPackage) {
        List<ArchRule> rules = rulesFor(rootPackage);
        CompositeArchRule composite = CompositeArchRule.of(rules.get(0));
        for (ArchRule rule : rules.subList(1, rules.size())) {
            composite = composite.and(rule);
        }
        return composite;
    }

    /** Imports the production classes under {@code rootPackage} from the class path (tests excluded). */
    public static JavaClasses importProductionClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(requirePackage(rootPackage));
    }

    /** Imports the production classes under {@code rootPackage} and checks every rule; throws {@link AssertionError}. */
    public static void check(String rootPackage) {
        JavaClasses classes = importProductionClasses(rootPackage);
        for (ArchRule rule : rulesFor(rootPackage)) {
            rule.check(classes);
        }
    }

    private static String requirePackage(String rootPackage) {
        Objects.requireNonNull(rootPackage, "rootPackage");
        if (!PACKAGE.matcher(rootPackage).matches()) {
            throw new IllegalArgumentException("not a package name: " + rootPackage);
        }
        return rootPackage;
    }
}
