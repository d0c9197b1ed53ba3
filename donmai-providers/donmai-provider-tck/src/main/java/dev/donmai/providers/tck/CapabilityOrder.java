package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.Capabilities;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides, component by component, whether observed capabilities claim more than the declared ones
 * ("observed ≤ declared", contracts.md §2 and §6 row 2). The families' records are flat, so the order is read from
 * each component's type and name:
 *
 * <ul>
 *   <li>a boolean flag ({@code supportsX}, {@code hasX}, {@code canX}, …) may turn off, never on;</li>
 *   <li>a boolean that states a fact or a need rather than an ability ({@code isX}, {@code usesX},
 *       {@code needsX}, {@code requiresX}) has no order and must stay equal;</li>
 *   <li>a collection may shrink, never gain an element, unless the declared one holds the wildcard {@code "*"};
 *       a map may lose keys and each kept value follows these rules;</li>
 *   <li>a number named {@code maxX} may fall, never rise; {@code null} (unknown) stays {@code null}, because an
 *       unknown limit must never turn into headroom;</li>
 *   <li>anything else (enums, strings, other numbers, nested records) has no order and must stay equal.</li>
 * </ul>
 */
public final class CapabilityOrder {

    private static final Pattern FACT_FLAG = Pattern.compile("^(is|uses|needs|requires)[A-Z0-9].*");
    private static final Pattern LIMIT = Pattern.compile("^max[A-Z0-9].*");

    private CapabilityOrder() {
    }

    /**
     * The components in which {@code observed} claims more than {@code declared}, each described as
     * {@code name: declared X, observed Y}; empty when observed ≤ declared.
     */
    public static List<String> aboveDeclared(Capabilities declared, Capabilities observed) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(observed, "observed");
        if (declared.getClass() != observed.getClass()) {
            return List.of("class: declared " + declared.getClass().getName() + ", observed "
                    + observed.getClass().getName());
        }
        if (!declared.getClass().isRecord()) {
            return declared.equals(observed) ? List.of()
                    : List.of("capabilities (not a record, compared whole): declared " + declared + ", observed "
                            + observed);
        }
        List<String> above = new ArrayList<>();
        for (RecordComponent component : declared.getClass().getRecordComponents()) {
            Object d = read(component, declared);
            Object o = read(component, observed);
            if (!notAbove(component.getName(), d, o)) {
                above.add(component.getName() + ": declared " + d + ", observed " + o);
            }
        }
        return above;
    }

    private static boolean notAbove(String name, Object declared, Object observed) {
        if (Objects.equals(declared, observed)) {
            return true;
        }
        if (declared instanceof Boolean d && observed instanceof Boolean o) {
            return !FACT_FLAG.matcher(name).matches() && (d || !o);
        }
        if (declared instanceof Collection<?> d && observed instanceof Collection<?> o) {
            return d.contains("*") || d.containsAll(o);
        }
        if (declared instanceof Map<?, ?> d && observed instanceof Map<?, ?> o) {
            for (Map.Entry<?, ?> entry : o.entrySet()) {
                if (!d.containsKey(entry.getKey()) || !notAbove(name, d.get(entry.getKey()), entry.getValue())) {
                    return d.containsKey("*");
                }
            }
            return true;
        }
        if (LIMIT.matcher(name).matches() && (declared == null || declared instanceof Number)
                && (observed == null || observed instanceof Number)) {
            if (declared == null) {
                return false; // observed is non-null here: an unknown limit became a known one
            }
            return observed == null || ((Number) observed).doubleValue() <= ((Number) declared).doubleValue();
        }
        return false;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read capability component " + component.getName(), e);
        }
    }
}
