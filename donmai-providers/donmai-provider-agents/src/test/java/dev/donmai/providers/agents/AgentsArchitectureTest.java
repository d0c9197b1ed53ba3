package dev.donmai.providers.agents;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.donmai.providers.tck.ProviderArchitectureRules;
import org.junit.jupiter.api.Test;

/** boundary.md A4 and A5 (the kit's reusable rules) and A9 over this module's production classes. */
class AgentsArchitectureTest {

    private static final String ROOT = "dev.donmai.providers.agents";

    @Test
    void a4AndA5() {
        ProviderArchitectureRules.check(ROOT);
    }

    @Test
    void a9NoEnvironmentExitOrStandardStreams() {
        JavaClasses classes = ProviderArchitectureRules.importProductionClasses(ROOT);
        noClasses().should().callMethodWhere(target(owner(type(System.class))).and(target(nameMatching("getenv|exit"))))
                .orShould().callMethodWhere(target(owner(type(Runtime.class))).and(target(nameMatching("halt|exit"))))
                .orShould(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("[A9] only entry points read the environment, end the JVM or use the standard streams")
                .check(classes);
    }
}
