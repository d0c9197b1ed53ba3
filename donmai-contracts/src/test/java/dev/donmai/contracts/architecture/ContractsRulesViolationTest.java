package dev.donmai.contracts.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.donmai.contracts.fixture.a1.UsesAssertJ;
import dev.donmai.contracts.fixture.a12.Fields;
import dev.donmai.contracts.fixture.a13.Shapes;
import dev.donmai.contracts.fixturecyclea.CycleA;
import dev.donmai.contracts.fixturecycleb.CycleB;
import dev.donmai.contracts.model.fixture.a11.Cells;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.provider.fixture.a2.ProviderNamesSession;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deliberate-violation proofs: each contracts rule is evaluated against fixture classes from src/test (never seen by
 * {@link ContractsArchitectureTest}, which imports production classes only) and must fail naming its rule id, while
 * the accepted shapes must pass.
 */
class ContractsRulesViolationTest {

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
    void A1_fails_on_a_contracts_class_using_a_library() {
        assertViolation(ContractsRules.A1_CONTRACTS_USE_ONLY_THE_JDK, imported(UsesAssertJ.class), "A1",
                "org.assertj");
    }

    @Test
    void A2_fails_when_the_base_package_names_a_session_type() {
        assertViolation(ContractsRules.a2Row("provider"), imported(ProviderNamesSession.class), "A2",
                "SessionKey");
    }

    @Test
    void A2_fails_on_a_package_cycle() {
        assertViolation(ContractsRules.A2_CONTRACT_PACKAGES_ARE_FREE_OF_CYCLES, imported(CycleA.class, CycleB.class),
                "A2", "fixturecyclea", "fixturecycleb");
    }

    @Test
    void A11_fails_on_secret_named_field_secret_type_and_secret_collections_in_cells() {
        assertViolation(ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET, imported(Cells.LeakyCell.class), "A11",
                "apiKey");
        assertViolation(ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET, imported(Cells.SecretCell.class), "A11",
                "SecretCell.value");
        assertViolation(ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET, imported(Cells.SecretMapCell.class),
                "A11", "SecretMapCell.extras");
        assertViolation(ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET, imported(Cells.SecretListCell.class),
                "A11", "SecretListCell.extras");
        assertNoViolation(ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET, imported(Cells.CleanCell.class));
    }

    @Test
    void A12_fails_on_a_string_api_token() {
        assertViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS, imported(Fields.LeakyConfig.class), "A12",
                "LeakyConfig.apiToken");
    }

    @Test
    void A12_fails_on_records_that_do_not_hold_the_secret_and_on_wrong_collections() {
        assertViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS,
                imported(Fields.HollowOptions.class, Fields.NoSecretInside.class), "A12", "HollowOptions.credential");
        assertViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS,
                imported(Fields.LeakyOptions.class, Fields.LeakyCredential.class), "A12", "LeakyOptions.credential",
                "LeakyCredential.token");
        assertViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS, imported(Fields.BadRequirements.class),
                "A12", "credentialRequirements");
        assertViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS, imported(Fields.PlainHeaders.class),
                "A12", "PlainHeaders.headers");
    }

    @Test
    void A12_accepts_secrets_collections_of_secrets_secret_holding_records_and_requirement_names() {
        assertNoViolation(ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS,
                imported(Fields.GoodCloneOptions.class, Fields.GoodCredential.class, Fields.GoodSpec.class,
                        Fields.class));
    }

    @Test
    void A13_fails_on_a_mutable_plain_class_an_instantiable_holder_and_a_mutable_enum() {
        assertViolation(ContractsRules.A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES, imported(Shapes.MutableBag.class),
                "A13", "MutableBag is a plain class", "non-final instance field value");
        assertViolation(ContractsRules.A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES,
                imported(Shapes.PublicHolder.class), "A13", "PublicHolder is a plain class");
        assertViolation(ContractsRules.A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES,
                imported(Shapes.MutableEnum.class), "A13", "non-final instance field counter");
    }

    @Test
    void A13_accepts_records_interfaces_static_holders_and_secret() {
        assertNoViolation(ContractsRules.A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES,
                imported(Shapes.class, Shapes.GoodHolder.class, Shapes.GoodRecord.class, Shapes.GoodInterface.class,
                        Secret.class));
    }

    @Test
    void SECRET_matches_the_documented_names_only() {
        var secret = ContractsRules.SECRET_PATTERN;
        for (String name : new String[] {"registrationToken", "authToken", "secretEnv", "headers", "header",
                "apiKey", "api_key", "credential", "credentialRequirements", "bearer", "jwtPath", "privateKey",
                "cookieJar", "password", "passwd", "Authorization", "token"}) {
            assertThat(secret.matcher(name).matches()).as(name).isTrue();
        }
        for (String name : new String[] {"inputTokens", "outputTokens", "cachedInputTokens", "company", "tokenCount",
                "publicKey", "signatureValue", "injectEnvNames"}) {
            assertThat(secret.matcher(name).matches()).as(name).isFalse();
        }
    }

    @Test
    void the_suite_runs_one_A2_rule_per_row_of_the_import_table() {
        Set<String> fieldNames = Arrays.stream(ContractsArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class) && Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toSet());
        for (String row : ContractsRules.A2_ALLOWED_IMPORTS.keySet()) {
            assertThat(fieldNames).as("A2 row %s", row).anyMatch(n -> n.startsWith("A2_" + row + "_imports"));
        }
        for (String id : new String[] {"A1_", "A2_contract_packages_are_free_of_cycles", "A11_", "A12_", "A13_"}) {
            assertThat(fieldNames).anyMatch(n -> n.startsWith(id));
        }
    }
}
