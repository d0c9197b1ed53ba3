package dev.donmai.examples.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * boundary.md B4: every provider family and intelligence service has an OSS implementation. {@link ServiceLoader}
 * over this module's class path (the OSS graph) must find, for each of the 10 {@link ProviderFamily} values and each
 * intelligence service ({@code MemoryStore}, {@code Embedder}, {@code CodeIntelligence}), at least one factory whose
 * class is in {@code dev.donmai.providers..} (the TCK's fakes excluded), or a reviewed entry in
 * {@code src/test/resources/boundary/exceptions.txt} ({@code family-or-service :: reason :: closing issue}).
 */
class OssCoverageTest {

    static final String EXCEPTIONS = "/boundary/exceptions.txt";
    static final String INTELLIGENCE_FACTORY = "dev.donmai.contracts.intelligence.IntelligenceFactory";

    /** Intelligence services by the constant of {@code IntelligenceFactory.kind()} (intelligence.md §1). */
    static final Map<String, String> SERVICES_BY_KIND = Map.of(
            "MEMORY_STORE", "MemoryStore",
            "EMBEDDER", "Embedder",
            "CODE_INTELLIGENCE", "CodeIntelligence");

    /** Every item B4 covers: the family wire names, then the services. */
    static List<String> items() {
        List<String> items = new ArrayList<>();
        Arrays.stream(ProviderFamily.values()).map(ProviderFamily::wire).forEach(items::add);
        items.addAll(List.of("MemoryStore", "Embedder", "CodeIntelligence"));
        return items;
    }

    static boolean isOssProvider(Class<?> type) {
        String name = type.getName();
        return name.startsWith("dev.donmai.providers.") && !name.startsWith("dev.donmai.providers.tck.");
    }

    /** Item → OSS factory classes that cover it, from the class path. */
    static Map<String, Set<String>> coverage() throws ReflectiveOperationException {
        Map<String, Set<String>> covered = new TreeMap<>();
        ServiceLoader.load(ProviderFactory.class).stream()
                .filter(p -> isOssProvider(p.type()))
                .forEach(p -> covered.computeIfAbsent(p.get().manifest().family().wire(), k -> new TreeSet<>())
                        .add(p.type().getName()));
        Class<?> intelligenceFactory = intelligenceFactoryType();
        if (intelligenceFactory != null) {
            for (ServiceLoader.Provider<?> p : ServiceLoader.load(intelligenceFactory).stream().toList()) {
                if (!isOssProvider(p.type())) {
                    continue;
                }
                Object kind;
                try {
                    kind = intelligenceFactory.getMethod("kind").invoke(p.get());
                } catch (InvocationTargetException e) {
                    throw new AssertionError("[B4] " + p.type().getName() + ".kind() threw", e.getCause());
                }
                String key = kind instanceof Enum<?> e ? e.name() : String.valueOf(kind);
                String service = SERVICES_BY_KIND.get(key);
                assertThat(service).as("[B4] unknown IntelligenceFactory kind %s of %s", key, p.type().getName())
                        .isNotNull();
                covered.computeIfAbsent(service, k -> new TreeSet<>()).add(p.type().getName());
            }
        }
        return covered;
    }

    /** The intelligence factory type, or null while contracts.intelligence does not exist (all three uncovered). */
    static Class<?> intelligenceFactoryType() {
        try {
            return Class.forName(INTELLIGENCE_FACTORY, false, OssCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** One parsed line of exceptions.txt. */
    record Entry(String item, String reason, String closingIssue, int line) {
    }

    /** Every B4 problem: malformed, unknown, duplicate, issue-less, stale and missing entries. */
    static List<String> problems(Map<String, Set<String>> covered, List<String> exceptionLines) {
        List<String> problems = new ArrayList<>();
        List<String> items = items();
        Map<String, Entry> exceptions = new LinkedHashMap<>();
        for (int i = 0; i < exceptionLines.size(); i++) {
            String raw = exceptionLines.get(i).strip();
            int line = i + 1;
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            String[] parts = raw.split("::", -1);
            if (parts.length != 3) {
                problems.add("exceptions.txt:" + line + " is not `family-or-service :: reason :: closing issue`: "
                        + raw);
                continue;
            }
            Entry entry = new Entry(parts[0].strip(), parts[1].strip(), parts[2].strip(), line);
            if (!items.contains(entry.item())) {
                problems.add("exceptions.txt:" + line + " names unknown item '" + entry.item() + "' (known: "
                        + items + ")");
            }
            if (entry.reason().isEmpty()) {
                problems.add("exceptions.txt:" + line + " (" + entry.item() + ") has no reason");
            }
            if (entry.closingIssue().isEmpty()) {
                problems.add("exceptions.txt:" + line + " (" + entry.item() + ") has no closing issue");
            }
            if (exceptions.putIfAbsent(entry.item(), entry) != null) {
                problems.add("exceptions.txt:" + line + " lists '" + entry.item() + "' twice");
            }
        }
        for (String item : items) {
            Set<String> factories = covered.getOrDefault(item, Set.of());
            Entry entry = exceptions.get(item);
            if (factories.isEmpty() && entry == null) {
                problems.add(item + " has no OSS implementation in dev.donmai.providers.. and no entry in "
                        + "exceptions.txt");
            } else if (!factories.isEmpty() && entry != null) {
                problems.add("exceptions.txt:" + entry.line() + " is stale: " + item + " is covered by " + factories
                        + "; delete the entry");
            }
        }
        return problems;
    }

    static List<String> exceptionLines() throws IOException {
        try (InputStream in = OssCoverageTest.class.getResourceAsStream(EXCEPTIONS)) {
            assertThat(in).as("[B4] %s on the test class path", EXCEPTIONS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void every_family_and_intelligence_service_has_an_oss_implementation_or_a_reviewed_exception() throws Exception {
        List<String> problems = problems(coverage(), exceptionLines());
        assertThat(problems).as("[B4] every provider family and intelligence service has an OSS implementation "
                + "(boundary.md B4, §5)").isEmpty();
    }

    @Test
    void B4_fails_on_uncovered_unlisted_items_stale_entries_and_entries_without_an_issue() {
        Map<String, Set<String>> covered = Map.of(
                "sandbox", Set.of("dev.donmai.providers.local.LocalSandboxFactory"),
                "MemoryStore", Set.of("dev.donmai.providers.memory.LuceneStoreFactory"));
        List<String> lines = new ArrayList<>();
        for (String item : items()) {
            if (!item.equals("sandbox") && !item.equals("MemoryStore") && !item.equals("kit")
                    && !item.equals("vcs")) {
                lines.add(item + " :: not yet :: #1 Some issue");
            }
        }
        lines.add("sandbox :: covered now :: #3 Session engine");   // stale
        lines.add("vcs :: no issue given ::  ");                   // no closing issue
        lines.add("sandbox-ish :: typo :: #9");                    // unknown item
        lines.add("deployment :: listed twice :: #2");             // duplicate
        lines.add("just one field");                               // malformed

        List<String> problems = problems(covered, lines);

        assertThat(problems).anyMatch(p -> p.startsWith("kit has no OSS implementation"));
        assertThat(problems).anyMatch(p -> p.contains("is stale: sandbox"));
        assertThat(problems).anyMatch(p -> p.contains("(vcs) has no closing issue"));
        assertThat(problems).anyMatch(p -> p.contains("unknown item 'sandbox-ish'"));
        assertThat(problems).anyMatch(p -> p.contains("lists 'deployment' twice"));
        assertThat(problems).anyMatch(p -> p.contains("is not `family-or-service :: reason :: closing issue`"));
        assertThat(problems).noneMatch(p -> p.startsWith("MemoryStore"));
    }

    @Test
    void B4_knows_all_ten_families_and_the_three_services() {
        Set<String> items = new LinkedHashSet<>(items());
        assertThat(items).hasSize(13).contains("sandbox", "workarea", "agent-runtime", "vcs", "issue-tracker",
                "deployment", "agent-registry", "kit", "model-endpoint", "requester-provider", "MemoryStore",
                "Embedder", "CodeIntelligence");
    }
}
