package dev.donmai.contracts.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class HarnessCapabilitiesBuilderTest {

    /** Each flag setter must set its own flag and only that one (the builder is an immutable record). */
    @Test
    void everyBooleanSetterSetsExactlyItsOwnFlag() throws Exception {
        HarnessCapabilities.Builder base = HarnessCapabilities.builder("Test harness");
        HarnessCapabilities plain = base.build();
        for (RecordComponent component : HarnessCapabilities.class.getRecordComponents()) {
            if (component.getType() != boolean.class) {
                continue;
            }
            boolean before = (boolean) component.getAccessor().invoke(plain);
            HarnessCapabilities.Builder changed = (HarnessCapabilities.Builder) HarnessCapabilities.Builder.class
                    .getMethod(component.getName(), boolean.class).invoke(base, !before);
            HarnessCapabilities built = changed.build();

            for (RecordComponent other : HarnessCapabilities.class.getRecordComponents()) {
                Object expected = other.getAccessor().invoke(plain);
                Object actual = other.getAccessor().invoke(built);
                if (other.getName().equals(component.getName())) {
                    assertThat(actual).as(other.getName()).isEqualTo(!before);
                } else {
                    assertThat(actual).as(component.getName() + " must not change " + other.getName())
                            .isEqualTo(expected);
                }
            }
            assertThat(base.build()).as("the original builder is unchanged").isEqualTo(plain);
        }
    }
}
