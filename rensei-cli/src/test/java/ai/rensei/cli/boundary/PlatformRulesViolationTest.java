package ai.rensei.cli.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.fixture.BackDoor;
import ai.rensei.fixture.PlatformThing;
import ai.rensei.platform.fixture.InProcess;
import ai.rensei.platform.fixture.OutOfProcess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.donmai.fixture.a3.OssSeesPlatform;
import dev.donmai.runtime.internal.fixture.platform.InternalThing;
import org.junit.jupiter.api.Test;

/**
 * Deliberate-violation proofs for {@link PlatformRules}: fixture classes in src/test (which
 * {@link PlatformBoundaryTest} never imports) break each rule, and the failure names the rule id.
 */
class PlatformRulesViolationTest {

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
    void A3_fails_when_an_oss_class_imports_a_platform_class() {
        assertViolation(PlatformRules.A3_NO_OSS_CLASS_DEPENDS_ON_A_PLATFORM_CLASS,
                imported(OssSeesPlatform.class, PlatformThing.class), "A3", "ai.rensei.fixture.PlatformThing");
    }

    @Test
    void A7_fails_when_the_platform_reaches_behind_the_front_door() {
        assertViolation(PlatformRules.A7_THE_PLATFORM_ENTERS_OSS_ONLY_THROUGH_THE_FRONT_DOOR,
                imported(BackDoor.class, InternalThing.class), "A7",
                "dev.donmai.runtime.internal.fixture.platform.InternalThing");
    }

    @Test
    void A8_fails_on_process_builder_and_runtime_exec_in_the_adapter() {
        assertViolation(PlatformRules.A8_THE_ADAPTER_WORKS_IN_PROCESS, imported(OutOfProcess.class), "A8",
                "java.lang.ProcessBuilder", "Runtime.exec");
        assertNoViolation(PlatformRules.A8_THE_ADAPTER_WORKS_IN_PROCESS, imported(InProcess.class));
    }

    @Test
    void A9_fails_on_environment_and_standard_streams_in_the_adapter_but_not_in_the_cli() {
        JavaClasses adapter = imported(OutOfProcess.class);
        assertViolation(PlatformRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT, adapter, "A9",
                "System.getenv");
        assertViolation(PlatformRules.A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS, adapter, "A9", "System.out");
        // ai.rensei.cli is an entry point: the CLI's own environment reader is out of the rule's that() clause.
        assertNoViolation(PlatformRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT,
                imported(InProcess.class, ai.rensei.cli.CliEnvironment.class));
    }

    @Test
    void A10_fails_on_a_brand_named_oss_method() {
        assertViolation(PlatformRules.A10_NO_BRAND_IN_OSS_METHOD_NAMES, imported(OssSeesPlatform.class), "A10",
                "renseiLink");
    }
}
