package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * boundary.md §2 suite {@code OssBoundaryTest}: A4, A5, A6 (layout, internal is private), A9, A10, A14 over the whole
 * OSS graph ({@code dev.donmai..} as this module's class path holds it: contracts, runtime, the TCK and this example),
 * production classes only, with no platform jar. I1/I2 are wave 2 and are written with the code they guard.
 */
@AnalyzeClasses(packages = OssRules.OSS, importOptions = ImportOption.DoNotIncludeTests.class)
class OssBoundaryTest {

    @ArchTest
    static final ArchRule A4_providers_reach_the_runtime_only_through_spi =
            OssRules.A4_PROVIDERS_REACH_THE_RUNTIME_ONLY_THROUGH_SPI;
    @ArchTest
    static final ArchRule A4_providers_do_not_depend_on_examples = OssRules.A4_PROVIDERS_DO_NOT_DEPEND_ON_EXAMPLES;

    @ArchTest
    static final ArchRule A5_provider_modules_are_independent = OssRules.A5_PROVIDER_MODULES_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule A6_runtime_code_lives_in_api_spi_internal = OssRules.A6_RUNTIME_CODE_LIVES_IN_API_SPI_INTERNAL;
    @ArchTest
    static final ArchRule A6_runtime_internal_is_private = OssRules.A6_RUNTIME_INTERNAL_IS_PRIVATE;

    @ArchTest
    static final ArchRule A9_only_entry_points_read_the_environment_or_exit =
            OssRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT;
    @ArchTest
    static final ArchRule A9_only_entry_points_halt = OssRules.A9_ONLY_ENTRY_POINTS_HALT;
    @ArchTest
    static final ArchRule A9_only_entry_points_use_the_standard_streams =
            OssRules.A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule A10_no_brand_in_oss_class_names = OssRules.A10_NO_BRAND_IN_OSS_CLASS_NAMES;
    @ArchTest
    static final ArchRule A10_no_brand_in_oss_field_names = OssRules.A10_NO_BRAND_IN_OSS_FIELD_NAMES;
    @ArchTest
    static final ArchRule A10_no_brand_in_oss_method_names = OssRules.A10_NO_BRAND_IN_OSS_METHOD_NAMES;

    @ArchTest
    static final ArchRule A14_every_runtime_spi_has_an_oss_implementation =
            OssRules.A14_EVERY_RUNTIME_SPI_HAS_AN_OSS_IMPLEMENTATION;

    @Test
    void the_oss_class_path_holds_no_platform_classes() {
        assertThat(OssBoundaryTest.class.getClassLoader().getResource("ai/rensei"))
                .as("[B1/P3] the OSS graph runs without the platform adapter: no ai/rensei on the class path")
                .isNull();
        assertThat(Thread.currentThread().getContextClassLoader().getResource("ai/rensei")).isNull();
    }
}
