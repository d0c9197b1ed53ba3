package dev.donmai.contracts.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.WireValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertions for the family contract tests. */
public final class ContractAssertions {

    private ContractAssertions() {
    }

    /** Asserts that {@code call} throws {@code ContractViolation(code, field)}. */
    public static void assertViolation(ThrowingCallable call, ProviderException.ViolationCode code, String field) {
        assertThatThrownBy(call)
                .isInstanceOf(ProviderException.ContractViolation.class)
                .satisfies(e -> {
                    ProviderException.ContractViolation v = (ProviderException.ContractViolation) e;
                    assertThat(v.code()).as("violation code").isEqualTo(code);
                    assertThat(v.field()).as("violation field").isEqualTo(field);
                });
    }

    /** Asserts {@code INVALID_VALUE} on {@code field}. */
    public static void assertInvalid(ThrowingCallable call, String field) {
        assertViolation(call, ProviderException.ViolationCode.INVALID_VALUE, field);
    }

    /** Asserts {@code MISSING_REQUIRED_FIELD} on {@code field}. */
    public static void assertMissing(ThrowingCallable call, String field) {
        assertViolation(call, ProviderException.ViolationCode.MISSING_REQUIRED_FIELD, field);
    }

    /**
     * Asserts that every constant of {@code type} round-trips through its wire name, that wire names are unique and
     * that an unknown name is {@code UNKNOWN_DISCRIMINATOR}.
     */
    public static <E extends Enum<E> & WireValue> void assertWireRoundTrip(Class<E> type) {
        Set<String> seen = new HashSet<>();
        for (E constant : type.getEnumConstants()) {
            assertThat(constant.wire()).as("%s.%s wire", type.getSimpleName(), constant).isNotBlank();
            assertThat(seen.add(constant.wire())).as("unique wire %s", constant.wire()).isTrue();
            assertThat(WireValue.fromWire(type, constant.wire())).isSameAs(constant);
        }
        assertViolation(() -> WireValue.fromWire(type, "no-such-" + type.getSimpleName().toLowerCase()),
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, type.getSimpleName());
        assertViolation(() -> WireValue.fromWire(type, null),
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, type.getSimpleName());
    }

    /** The wire names of every constant of {@code type}, in declaration order. */
    public static <E extends Enum<E> & WireValue> List<String> wires(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
    }

    /**
     * Asserts that a capability record has a public static final {@code LABELS} map whose keys are exactly its
     * record components, in component order, each with a non-blank label.
     */
    @SuppressWarnings("unchecked")
    public static void assertLabelsCoverComponents(Class<? extends Capabilities> type) {
        assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue();
        Map<?, ?> labels;
        try {
            Field field = type.getField("LABELS");
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as("LABELS is static final").isTrue();
            labels = (Map<?, ?>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + " has no public LABELS", e);
        }
        List<String> components = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
        }
        assertThat(labels.keySet().stream().map(String::valueOf).toList()).as("%s.LABELS keys", type.getSimpleName())
                .containsExactlyElementsOf(components);
        labels.values().forEach(v -> assertThat((String) v).isNotBlank());
        assertThatThrownBy(() -> ((Map<Object, Object>) labels).put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
