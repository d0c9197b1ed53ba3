package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderEntry;
import dev.donmai.contracts.provider.ProviderManifest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The manifest rules the record constructor cannot check on its own, because they need the factory or the
 * host's configuration: an accepted {@code apiVersion}, a {@code Static} entry naming the factory that returned
 * the manifest, and a flat capability record with a {@code LABELS} map covering exactly its components.
 */
public final class ManifestChecks {

    private ManifestChecks() {
    }

    /** Every problem found, one sentence each; empty when the manifest is valid. */
    public static List<String> problems(ProviderManifest<?> manifest, Class<?> factoryClass,
            Set<String> acceptedApiVersions) {
        List<String> problems = new ArrayList<>();
        if (!acceptedApiVersions.contains(manifest.apiVersion())) {
            problems.add("apiVersion " + manifest.apiVersion() + " is not accepted " + acceptedApiVersions);
        }
        if (manifest.entry() instanceof ProviderEntry.Static entry) {
            if (!entry.factoryClass().equals(factoryClass.getName())) {
                problems.add("entry names factory " + entry.factoryClass() + ", but " + factoryClass.getName()
                        + " returned the manifest");
            }
        } else {
            problems.add("a factory found on the class path must have a Static entry, not "
                    + manifest.entry().getClass().getSimpleName());
        }
        if (manifest.requires().host().isBlank()) {
            problems.add("requires.host is blank; use \"*\" for any host version");
        }
        problems.addAll(capabilityProblems(manifest.capabilitiesDeclared()));
        return problems;
    }

    /** Problems with the shape of a capability record (contracts.md §2, Capabilities). */
    public static List<String> capabilityProblems(Capabilities capabilities) {
        Class<?> type = capabilities.getClass();
        if (!type.isRecord()) {
            return List.of("capabilities " + type.getName() + " must be a flat record");
        }
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Field labels;
        try {
            labels = type.getField("LABELS");
        } catch (NoSuchFieldException e) {
            return List.of("capabilities " + type.getSimpleName() + " has no public static LABELS map");
        }
        if (!Modifier.isStatic(labels.getModifiers()) || !Map.class.isAssignableFrom(labels.getType())) {
            return List.of("capabilities " + type.getSimpleName() + ".LABELS must be a static Map");
        }
        Map<?, ?> map;
        try {
            map = (Map<?, ?>) labels.get(null);
        } catch (IllegalAccessException e) {
            return List.of("capabilities " + type.getSimpleName() + ".LABELS is not readable");
        }
        List<String> problems = new ArrayList<>();
        Set<String> keys = map == null ? Set.of()
                : map.keySet().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        if (!keys.equals(components)) {
            Set<String> missing = new TreeSet<>(components);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(components);
            problems.add("LABELS must name exactly the components; missing " + missing + ", extra " + extra);
        }
        if (map != null) {
            map.forEach((k, v) -> {
                if (!(v instanceof String s) || s.isBlank()) {
                    problems.add("LABELS." + k + " must be a non-blank label");
                }
            });
        }
        return problems;
    }
}
