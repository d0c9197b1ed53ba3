package dev.donmai.runtime.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.donmai.runtime.api.fixture.a6.CleanBootstrap;
import dev.donmai.runtime.api.fixture.a6.LeakyApi;
import dev.donmai.runtime.fixture.a6.Misplaced;
import dev.donmai.runtime.internal.fixture.a6.InternalEngine;
import dev.donmai.runtime.internal.fixture.a9.EntryPointHabits;
import dev.donmai.runtime.spi.fixture.a6.SpiUsesJackson;
import org.junit.jupiter.api.Test;

/**
 * Deliberate-violation proofs for {@link RuntimeRules}: fixture classes in src/test (invisible to
 * {@link RuntimeArchitectureTest}, which imports production classes only) break each rule, and the failure names the
 * rule id.
 */
class RuntimeRulesViolationTest {

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

    @Test
    void A6_fails_on_runtime_code_outside_api_spi_internal() {
        assertViolation(RuntimeRules.A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL, imported(Misplaced.class), "A6",
                "Misplaced");
    }

    @Test
    void A6_fails_on_an_spi_that_uses_a_library() {
        assertViolation(RuntimeRules.A6_SPI_USES_ONLY_CONTRACTS_AND_THE_JDK, imported(SpiUsesJackson.class), "A6",
                "com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void A6_fails_on_internal_types_in_public_and_protected_signatures() {
        assertViolation(RuntimeRules.A6_API_AND_SPI_SIGNATURES_NAME_NO_INTERNAL_TYPE,
                imported(LeakyApi.class, InternalEngine.class), "A6",
                "LeakyApi.engineField", "LeakyApi.engine()", "LeakyApi.accept(java.util.List)",
                "LeakyApi.arrays(", "LeakyApi.run()", "InternalFailure", "LeakyApi.bounded(");
    }

    @Test
    void A6_lets_api_bootstraps_use_internal_types_in_bodies_and_private_members() {
        EvaluationResult result = RuntimeRules.A6_API_AND_SPI_SIGNATURES_NAME_NO_INTERNAL_TYPE
                .evaluate(imported(CleanBootstrap.class, InternalEngine.class));
        assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
    }

    @Test
    void A9_fails_on_getenv_exit_halt_and_standard_streams_in_the_runtime() {
        JavaClasses classes = imported(EntryPointHabits.class);
        assertViolation(RuntimeRules.A9_RUNTIME_READS_NO_ENVIRONMENT_AND_DOES_NOT_EXIT, classes, "A9",
                "System.getenv", "System.exit");
        assertViolation(RuntimeRules.A9_RUNTIME_DOES_NOT_HALT, classes, "A9", "Runtime.halt");
        assertViolation(RuntimeRules.A9_RUNTIME_USES_NO_STANDARD_STREAMS, classes, "A9", "System.out");
    }
}
