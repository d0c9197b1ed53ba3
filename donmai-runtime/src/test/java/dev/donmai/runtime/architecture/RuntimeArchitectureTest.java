package dev.donmai.runtime.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * boundary.md §2 suite {@code RuntimeArchitectureTest}: A6 (api/spi part) and A9 over the production classes of
 * {@code dev.donmai.runtime..}. The rule objects live in {@link RuntimeRules}. A15 is wave 2: it is written with
 * {@code runtime.api.audit.verify} (boundary.md §3, "written with the code they guard").
 */
@AnalyzeClasses(packages = RuntimeRules.RUNTIME, importOptions = ImportOption.DoNotIncludeTests.class)
class RuntimeArchitectureTest {

    @ArchTest
    static final ArchRule A6_runtime_code_lives_in_api_spi_internal = RuntimeRules.A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL;

    @ArchTest
    static final ArchRule A6_spi_uses_only_contracts_and_the_jdk = RuntimeRules.A6_SPI_USES_ONLY_CONTRACTS_AND_THE_JDK;

    @ArchTest
    static final ArchRule A6_api_and_spi_signatures_name_no_internal_type =
            RuntimeRules.A6_API_AND_SPI_SIGNATURES_NAME_NO_INTERNAL_TYPE;

    @ArchTest
    static final ArchRule A9_runtime_reads_no_environment_and_does_not_exit =
            RuntimeRules.A9_RUNTIME_READS_NO_ENVIRONMENT_AND_DOES_NOT_EXIT;

    @ArchTest
    static final ArchRule A9_runtime_does_not_halt = RuntimeRules.A9_RUNTIME_DOES_NOT_HALT;

    @ArchTest
    static final ArchRule A9_runtime_uses_no_standard_streams = RuntimeRules.A9_RUNTIME_USES_NO_STANDARD_STREAMS;
}
