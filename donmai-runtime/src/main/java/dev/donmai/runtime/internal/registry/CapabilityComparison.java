package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.Capabilities;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the capability components a provider observes below what it declared, generically over each family's
 * capability record: a flag declared {@code true} but observed {@code false}, a number observed lower, a
 * collection observed without some declared element, a map without some declared entry, or a declared value that
 * is no longer known. Other components (enums, strings, nested records) describe rather than promise an amount,
 * so they are not ranked.
 */
final class CapabilityComparison {

    /** The whole record when it cannot be compared component by component. */
    static final String WHOLE = "capabilities";

    private CapabilityComparison() {
    }

    /** Names of the components observed below declared, in declaration order; empty when none. */
    static List<String> belowDeclared(Capabilities declared, Capabilities observed) {
        if (observed == null || observed.getClass() != declared.getClass()) {
            return List.of(WHOLE);
        }
        if (!declared.getClass().isRecord()) {
            return declared.equals(observed) ? List.of() : List.of(WHOLE);
        }
        List<String> below = new ArrayList<>();
        for (RecordComponent component : declared.getClass().getRecordComponents()) {
            if (isBelow(read(component, declared), read(component, observed))) {
                below.add(component.getName());
            }
        }
        return below;
    }

    private static boolean isBelow(Object declared, Object observed) {
        if (declared == null) {
            return false;
        }
        if (observed == null) {
            return true;
        }
        if (declared instanceof Boolean d && observed instanceof Boolean o) {
            return d && !o;
        }
        if (declared instanceof Number d && observed instanceof Number o) {
            return decimal(o).compareTo(decimal(d)) < 0;
        }
        if (declared instanceof Collection<?> d && observed instanceof Collection<?> o) {
            return !o.containsAll(d);
        }
        if (declared instanceof Map<?, ?> d && observed instanceof Map<?, ?> o) {
            return !o.entrySet().containsAll(d.entrySet());
        }
        return false;
    }

    private static Object read(RecordComponent component, Capabilities capabilities) {
        try {
            // Capability records of providers loaded from their own jars need not be public.
            component.getAccessor().trySetAccessible();
            Object value = component.getAccessor().invoke(capabilities);
            return value instanceof Optional<?> optional ? optional.orElse(null) : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read capability " + component.getName(), e);
        }
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
