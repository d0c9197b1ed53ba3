package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.donmai.examples.fixture.oss.ExampleHelper;
import dev.donmai.providers.fixturealpha.Alpha;
import dev.donmai.providers.fixturealpha.BrandedMembers;
import dev.donmai.providers.fixturealpha.RenseiBridge;
import dev.donmai.providers.fixturealpha.SpiOnly;
import dev.donmai.providers.fixturebeta.Beta;
import dev.donmai.providers.tck.ProviderArchitectureRules;
import dev.donmai.runtime.internal.fixture.oss.InternalHelper;
import dev.donmai.runtime.internal.fixture.oss.SpiUsers;
import dev.donmai.runtime.spi.fixture.oss.SpiHelper;
import dev.donmai.runtime.spi.fixture.oss.Spis;
import org.junit.jupiter.api.Test;

/**
 * Deliberate-violation proofs for {@link OssRules} and the TCK's {@link ProviderArchitectureRules}: fixture classes in
 * src/test (which {@link OssBoundaryTest} never imports) break each rule, and the failure names the rule id.
 */
class OssRulesViolationTest {

    static JavaClasses imported(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    static void assertViolation(ArchRule rule, JavaClasses classes, String ruleId, String... fragments) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("rule %s must fail on the fixture", ruleId).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("[" + ruleId + "]");
        for (String fragment : fragments) {
            assertThat(report).contains(fragment);
        }
    }

    static void assertNoViolation(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
    }

    @Test
    void A4_fails_on_a_provider_that_imports_runtime_internal_or_an_example() {
        JavaClasses classes = imported(Alpha.class, InternalHelper.class, ExampleHelper.class);
        assertViolation(OssRules.A4_PROVIDERS_REACH_THE_RUNTIME_ONLY_THROUGH_SPI, classes, "A4",
                "dev.donmai.runtime.internal.fixture.oss.InternalHelper");
        assertViolation(OssRules.A4_PROVIDERS_DO_NOT_DEPEND_ON_EXAMPLES, classes, "A4",
                "dev.donmai.examples.fixture.oss.ExampleHelper");
        assertNoViolation(OssRules.A4_PROVIDERS_REACH_THE_RUNTIME_ONLY_THROUGH_SPI,
                imported(SpiOnly.class, SpiHelper.class));
    }

    @Test
    void A4_and_A5_rules_of_the_tck_are_parameterised_by_the_root_package() {
        String root = "dev.donmai.providers.fixturealpha";
        JavaClasses classes = imported(Alpha.class, Beta.class, InternalHelper.class, ExampleHelper.class);
        assertViolation(ProviderArchitectureRules.runtimeOnlyThroughSpi(root), classes, "A4", "InternalHelper");
        assertViolation(ProviderArchitectureRules.noExamples(root), classes, "A4", "ExampleHelper");
        assertViolation(ProviderArchitectureRules.independentOfOtherProviders(root), classes, "A5",
                "dev.donmai.providers.fixturebeta.Beta");
        assertViolation(ProviderArchitectureRules.ruleFor(root), classes, "A4", "[A5]");
        assertThat(ProviderArchitectureRules.rulesFor(root)).hasSize(3);
        for (ArchRule rule : ProviderArchitectureRules.rulesFor("dev.donmai.providers.fixturebeta")) {
            assertNoViolation(rule, classes);
        }
    }

    @Test
    void A5_fails_when_one_provider_module_uses_another() {
        assertViolation(OssRules.A5_PROVIDER_MODULES_ARE_INDEPENDENT, imported(Alpha.class, Beta.class), "A5",
                "fixturealpha", "fixturebeta");
    }

    @Test
    void A6_fails_when_code_outside_the_runtime_uses_runtime_internal() {
        assertViolation(OssRules.A6_RUNTIME_INTERNAL_IS_PRIVATE, imported(ExampleHelper.class, InternalHelper.class),
                "A6", "ExampleHelper");
    }

    @Test
    void A9_fails_on_environment_and_standard_streams_outside_entry_points() {
        JavaClasses classes = imported(Alpha.class);
        assertViolation(OssRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT, classes, "A9", "System.getenv");
        assertViolation(OssRules.A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS, classes, "A9", "System.err");
        // Examples are entry points: ExampleHelper.home() reads the environment legitimately (the rule's that()
        // clause leaves dev.donmai.examples.. out).
        assertNoViolation(OssRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT,
                imported(ExampleHelper.class, SpiOnly.class));
    }

    @Test
    void A10_fails_on_a_brand_in_class_field_and_method_names() {
        assertViolation(OssRules.A10_NO_BRAND_IN_OSS_CLASS_NAMES, imported(RenseiBridge.class), "A10",
                "RenseiBridge");
        assertViolation(OssRules.A10_NO_BRAND_IN_OSS_FIELD_NAMES, imported(BrandedMembers.class), "A10",
                "renseiUrl");
        assertViolation(OssRules.A10_NO_BRAND_IN_OSS_METHOD_NAMES, imported(BrandedMembers.class), "A10",
                "callRensei");
    }

    @Test
    void A14_fails_on_an_spi_without_a_named_concrete_implementation() {
        JavaClasses classes = imported(Spis.Unimplemented.class, Spis.LambdaOnly.class, Spis.AnonymousOnly.class,
                Spis.AbstractOnly.class, Spis.Implemented.class, SpiUsers.class, SpiUsers.AbstractImpl.class,
                SpiUsers.NamedImpl.class, SpiUsers.anonymous().getClass());
        EvaluationResult result = OssRules.A14_EVERY_RUNTIME_SPI_HAS_AN_OSS_IMPLEMENTATION.evaluate(classes);
        String report = result.getFailureReport().toString();
        assertThat(report).contains("[A14]", "Spis$Unimplemented has no named OSS implementation",
                "Spis$LambdaOnly has no named", "Spis$AnonymousOnly has no named", "Spis$AbstractOnly has no named");
        assertThat(report).doesNotContain("Spis$Implemented has no");
    }
}
