package dev.donmai.contracts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * boundary.md §2 suite {@code ContractsArchitectureTest}: A1, A2 (one rule per DAG row, plus cycles), A11, A12, A13 over
 * the production classes of {@code dev.donmai.contracts..}. The rule objects live in {@link ContractsRules}; each field
 * name starts with the rule id so the test report names it, and each rule's failure message does too.
 */
@AnalyzeClasses(packages = ContractsRules.CONTRACTS, importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule A1_contracts_use_only_the_jdk = ContractsRules.A1_CONTRACTS_USE_ONLY_THE_JDK;

    @ArchTest
    static final ArchRule A2_provider_imports_nothing_else = ContractsRules.a2Row("provider");
    @ArchTest
    static final ArchRule A2_model_imports_only_provider = ContractsRules.a2Row("model");
    @ArchTest
    static final ArchRule A2_session_imports_only_provider_model = ContractsRules.a2Row("session");
    @ArchTest
    static final ArchRule A2_events_imports_only_provider_session = ContractsRules.a2Row("events");
    @ArchTest
    static final ArchRule A2_workarea_imports_only_provider_session = ContractsRules.a2Row("workarea");
    @ArchTest
    static final ArchRule A2_issues_imports_only_provider_session = ContractsRules.a2Row("issues");
    @ArchTest
    static final ArchRule A2_deployment_imports_only_provider_session = ContractsRules.a2Row("deployment");
    @ArchTest
    static final ArchRule A2_registry_imports_only_provider_session = ContractsRules.a2Row("registry");
    @ArchTest
    static final ArchRule A2_requester_imports_only_provider_session = ContractsRules.a2Row("requester");
    @ArchTest
    static final ArchRule A2_sandbox_imports_only_provider_session_workarea = ContractsRules.a2Row("sandbox");
    @ArchTest
    static final ArchRule A2_vcs_imports_only_provider_session_workarea = ContractsRules.a2Row("vcs");
    @ArchTest
    static final ArchRule A2_agent_imports_only_provider_session_model = ContractsRules.a2Row("agent");
    @ArchTest
    static final ArchRule A2_kit_imports_only_provider_session_agent = ContractsRules.a2Row("kit");
    @ArchTest
    static final ArchRule A2_intelligence_imports_only_provider_session_workarea_vcs = ContractsRules.a2Row("intelligence");
    @ArchTest
    static final ArchRule A2_contract_packages_are_free_of_cycles = ContractsRules.A2_CONTRACT_PACKAGES_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule A11_cells_and_events_carry_no_secret = ContractsRules.A11_CELLS_AND_EVENTS_CARRY_NO_SECRET;

    @ArchTest
    static final ArchRule A12_secret_named_fields_are_typed_as_secrets = ContractsRules.A12_SECRET_NAMED_FIELDS_ARE_SECRETS;

    @ArchTest
    static final ArchRule A13_contracts_are_plain_data_and_interfaces = ContractsRules.A13_CONTRACTS_ARE_PLAIN_DATA_AND_INTERFACES;
}
