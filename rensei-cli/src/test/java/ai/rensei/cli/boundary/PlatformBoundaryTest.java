package ai.rensei.cli.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * boundary.md §2 suite {@code PlatformBoundaryTest}: A3, A7, A8, A9 and A10 over the production classes of
 * {@code dev.donmai..} and {@code ai.rensei..} on the CLI's class path (contracts, runtime, adapter, CLI, TCK and the
 * examples the CLI tests with). Test classes and test jars are left out.
 */
@AnalyzeClasses(packages = {PlatformRules.OSS, PlatformRules.PLATFORM},
        importOptions = {ImportOption.DoNotIncludeTests.class, PlatformRules.DoNotIncludeTestJars.class})
class PlatformBoundaryTest {

    @ArchTest
    static final ArchRule A3_no_oss_class_depends_on_a_platform_class =
            PlatformRules.A3_NO_OSS_CLASS_DEPENDS_ON_A_PLATFORM_CLASS;

    @ArchTest
    static final ArchRule A7_the_platform_enters_oss_only_through_the_front_door =
            PlatformRules.A7_THE_PLATFORM_ENTERS_OSS_ONLY_THROUGH_THE_FRONT_DOOR;

    @ArchTest
    static final ArchRule A8_the_adapter_works_in_process = PlatformRules.A8_THE_ADAPTER_WORKS_IN_PROCESS;

    @ArchTest
    static final ArchRule A9_only_entry_points_read_the_environment_or_exit =
            PlatformRules.A9_ONLY_ENTRY_POINTS_READ_THE_ENVIRONMENT_OR_EXIT;
    @ArchTest
    static final ArchRule A9_only_entry_points_halt = PlatformRules.A9_ONLY_ENTRY_POINTS_HALT;
    @ArchTest
    static final ArchRule A9_only_entry_points_use_the_standard_streams =
            PlatformRules.A9_ONLY_ENTRY_POINTS_USE_THE_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule A10_no_brand_in_oss_class_names = PlatformRules.A10_NO_BRAND_IN_OSS_CLASS_NAMES;
    @ArchTest
    static final ArchRule A10_no_brand_in_oss_field_names = PlatformRules.A10_NO_BRAND_IN_OSS_FIELD_NAMES;
    @ArchTest
    static final ArchRule A10_no_brand_in_oss_method_names = PlatformRules.A10_NO_BRAND_IN_OSS_METHOD_NAMES;

    /**
     * ArchUnit imports {@code package-info} as a class, so A8's failOnEmptyShould alone would pass on an adapter that
     * holds nothing but its package documentation. Demand a real class, so A8 checks code.
     */
    @Test
    void A8_has_real_adapter_classes_to_check() {
        JavaClasses adapter = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PlatformRules.DoNotIncludeTestJars())
                .importPackages(PlatformRules.ADAPTER);
        assertThat(adapter.stream().map(JavaClass::getSimpleName))
                .as("[A8] production classes in %s besides package-info", PlatformRules.ADAPTER)
                .anyMatch(name -> !name.equals("package-info"));
    }
}
