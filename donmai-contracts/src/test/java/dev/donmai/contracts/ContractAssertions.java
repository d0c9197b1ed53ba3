package dev.donmai.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.WireValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the contract tests. */
public final class ContractAssertions {

    private ContractAssertions() {
    }

    /**
     * Asserts that every constant round-trips through its wire spelling, spellings are unique, and an unknown
     * spelling is {@code UNKNOWN_DISCRIMINATOR} naming the enum.
     */
    public static <E extends Enum<E> & WireValue> void assertWireRoundTrip(Class<E> type, Function<String, E> parse) {
        Set<String> seen = new HashSet<>();
        for (E constant : type.getEnumConstants()) {
            assertThat(parse.apply(constant.wire())).as(constant.name()).isSameAs(constant);
            assertThat(WireValue.fromWire(type, constant.wire())).isSameAs(constant);
            assertThat(seen.add(constant.wire())).as("unique wire " + constant.wire()).isTrue();
        }
        assertViolation(() -> parse.apply("no-such-" + type.getSimpleName().toLowerCase()),
                ViolationCode.UNKNOWN_DISCRIMINATOR, type.getSimpleName());
        assertViolation(() -> WireValue.fromWire(type, constantName(type)),
                ViolationCode.UNKNOWN_DISCRIMINATOR, type.getSimpleName());
    }

    /** A Java constant name that is not a wire spelling (wire spellings are never upper-case Java names here). */
    private static <E extends Enum<E>> String constantName(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(n -> n.length() > 1).findFirst()
                .orElse("XX");
    }

    /** Asserts the call throws {@code ContractViolation(code, field)}. */
    public static ProviderException.ContractViolation assertViolation(ThrowingCallable call, ViolationCode code,
            String field) {
        ProviderException.ContractViolation violation =
                catchThrowableOfType(call, ProviderException.ContractViolation.class);
        assertThat(violation).as("expected ContractViolation(%s, %s)", code, field).isNotNull();
        assertThat(violation.code()).isEqualTo(code);
        assertThat(violation.field()).isEqualTo(field);
        return violation;
    }

    /** Asserts the call throws {@code ContractViolation(code, field)} whose message does not contain {@code value}. */
    public static void assertViolationHides(ThrowingCallable call, ViolationCode code, String field, String value) {
        ProviderException.ContractViolation violation = assertViolation(call, code, field);
        assertThat(violation.getMessage()).doesNotContain(value);
        assertThat(String.valueOf(violation)).doesNotContain(value);
    }
}
