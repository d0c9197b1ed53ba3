package dev.donmai.runtime.spi;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.provider.WireValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns contract data into the JSON tree {@link CanonicalJson} writes, following the contracts' wire rules
 * (contracts.md §0): record components by name, enums by their wire spelling, absent values omitted.
 */
final class JsonTree {

    private JsonTree() {
    }

    /**
     * The JSON tree of {@code value}; {@code field} names where it sits, for error messages.
     *
     * @throws ProviderException.ContractViolation {@code SECRET_MATERIAL_FORBIDDEN} for a {@link Secret},
     *         {@code INVALID_VALUE} for a value with no JSON form
     */
    static Object of(Object value, String field) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            if (!Double.isFinite(number.doubleValue())) {
                throw invalid(field);
            }
            return number;
        }
        if (value instanceof Secret) {
            throw new ProviderException.ContractViolation(
                    ProviderException.ViolationCode.SECRET_MATERIAL_FORBIDDEN, field);
        }
        if (value instanceof Optional<?> optional) {
            return of(optional.orElse(null), field);
        }
        if (value instanceof WireValue wire) {
            return wire.wire();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Character || value instanceof Instant || value instanceof Duration
                || value instanceof Path) {
            return value.toString();
        }
        if (value instanceof Record record) {
            return ofRecord(record, field);
        }
        if (value instanceof Map<?, ?> map) {
            return ofMap(map, field);
        }
        if (value instanceof Set<?> set) {
            // A set has no order of its own (Set.of even varies per JVM run), so its canonical form sorts the
            // elements by their canonical JSON; otherwise the same manifest could hash differently.
            List<Object> elements = ofElements(set, field);
            elements.sort(Comparator.comparing(CanonicalJson::write));
            return elements;
        }
        if (value instanceof Collection<?> collection) {
            return ofElements(collection, field);
        }
        throw invalid(field);
    }

    private static Map<String, Object> ofRecord(Record record, String field) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = field.isEmpty() ? component.getName() : field + "." + component.getName();
            Object tree = of(read(record, component.getAccessor(), name), name);
            if (tree != null) {
                out.put(component.getName(), tree);
            }
        }
        return out;
    }

    private static Map<String, Object> ofMap(Map<?, ?> map, String field) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object key = entry.getKey() instanceof WireValue wire ? wire.wire() : entry.getKey();
            if (!(key instanceof String name)) {
                throw invalid(field);
            }
            Object tree = of(entry.getValue(), field + "." + name);
            if (tree != null) {
                out.put(name, tree);
            }
        }
        return out;
    }

    private static List<Object> ofElements(Collection<?> elements, String field) {
        List<Object> out = new ArrayList<>(elements.size());
        for (Object element : elements) {
            out.add(of(element, field + "[]"));
        }
        return out;
    }

    private static Object read(Record record, Method accessor, String field) {
        try {
            // Records declared in a provider's own jar need not be public.
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw invalid(field);
        }
    }

    private static ProviderException.ContractViolation invalid(String field) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
    }
}
