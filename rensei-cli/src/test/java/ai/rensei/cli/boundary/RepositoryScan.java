package ai.rensei.cli.boundary;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The repository walks behind {@link RepositoryScanTest}: B3 (brand strings in OSS sources, resources and compiled
 * constants), B7 (no copies of the runtime's worker-protocol fixtures on the platform side) and B8 (each OSS provider
 * module runs its family's TCK). Every method takes the repository root, so the deliberate-violation tests can run
 * the same code on a throw-away tree.
 */
final class RepositoryScan {

    /** B3 patterns for every OSS module: rule name → pattern. */
    static final Map<String, Pattern> OSS_PATTERNS = orderedPatterns(
            "ENV_PREFIX", "RENSEI_[A-Z0-9_]*",
            "DOMAIN_AI", "(?i)rensei\\.ai",
            "DOMAIN_DEV", "(?i)rensei\\.dev",
            "RETIRED_NAME", "strictPinMode");

    /** B3 pattern for the adapter: no HTTP to our own daemon. */
    static final Map<String, Pattern> ADAPTER_PATTERNS = orderedPatterns("OWN_DAEMON_API", Pattern.quote("/api/daemon/"));

    static final String ADAPTER_MODULE = "rensei-platform-adapter";
    static final String CLI_MODULE = "rensei-cli";
    static final String OSS_GROUP = "dev.donmai";
    static final String PROVIDERS_DIR = "donmai-providers";
    static final String TCK_MODULE = "donmai-provider-tck";
    static final String FACTORY_SERVICE = "META-INF/services/" + ProviderFactory.class.getName();
    static final String WORKER_PROTOCOL_FIXTURES = "donmai-runtime/src/test/resources/worker-protocol";

    /** B8: the TCK class a provider of each family extends (contracts.md §6). */
    static final Map<ProviderFamily, String> CONTRACT_TESTS = contractTests();

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".mvn", ".idea", ".ci", "target", "src", "docs",
            "node_modules");

    private RepositoryScan() {
    }

    // ------------------------------------------------------------------------------------------------------ modules

    /** A Maven module of the repository. */
    record Module(Path dir, String path, String groupId, String artifactId) {
        boolean isOss() {
            return groupId.equals(OSS_GROUP);
        }
    }

    /** Every directory under {@code root} (the root included) that holds a {@code pom.xml}, by relative path. */
    static List<Module> modules(Path root) throws IOException {
        List<Module> modules = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path pom = dir.resolve("pom.xml");
                if (Files.isRegularFile(pom)) {
                    String[] coordinates = coordinates(pom);
                    modules.add(new Module(dir, relative(root, dir), coordinates[0], coordinates[1]));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        modules.sort((a, b) -> a.path().compareTo(b.path()));
        return modules;
    }

    /** {groupId, artifactId}; the groupId is inherited from the parent when the module does not set one. */
    static String[] coordinates(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            Element project = document.getDocumentElement();
            String groupId = childText(project, "groupId");
            if (groupId == null) {
                Element parent = child(project, "parent");
                groupId = parent == null ? null : childText(parent, "groupId");
            }
            String artifactId = childText(project, "artifactId");
            if (groupId == null || artifactId == null) {
                throw new IOException("no groupId/artifactId in " + pom);
            }
            return new String[] {groupId, artifactId};
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }

    // ----------------------------------------------------------------------------------------------------------- B3

    /** One banned string found: rule name, file (relative to the root), line (0 in a class file), matched text. */
    record Occurrence(String rule, String file, int line, String match) {
        @Override
        public String toString() {
            return rule + " " + file + (line > 0 ? ":" + line : "") + " '" + match + "'";
        }
    }

    /** What the B3 walk looked at, so the test can prove it was not vacuous. */
    static final class Counts {
        final Set<String> modulesScanned = new TreeSet<>();
        int textFiles;
        int binaryFiles;
        int classFiles;
        final Set<String> classDirs = new TreeSet<>();
    }

    /** Scans one module's {@code src/main/**} text files and {@code target/classes/**}{@code /*.class} constants. */
    static List<Occurrence> scanModule(Path root, Module module, Map<String, Pattern> patterns, Counts counts)
            throws IOException {
        List<Occurrence> found = new ArrayList<>();
        counts.modulesScanned.add(module.path());
        Path srcMain = module.dir().resolve("src/main");
        for (Path file : regularFiles(srcMain)) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                counts.binaryFiles++;
                continue;
            }
            counts.textFiles++;
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                match(patterns, relative(root, file), i + 1, lines[i], found);
            }
        }
        Path classes = module.dir().resolve("target/classes");
        if (Files.isDirectory(classes)) {
            counts.classDirs.add(module.path());
        }
        for (Path file : regularFiles(classes)) {
            if (!file.getFileName().toString().endsWith(".class")) {
                continue;
            }
            counts.classFiles++;
            for (String constant : ConstantPool.utf8Strings(Files.readAllBytes(file))) {
                match(patterns, relative(root, file), 0, constant, found);
            }
        }
        return found;
    }

    /** B3 over the repository: OSS patterns in every OSS module, the adapter pattern in the adapter. */
    static List<Occurrence> scanRepository(Path root, Counts counts) throws IOException {
        List<Occurrence> found = new ArrayList<>();
        for (Module module : modules(root)) {
            if (module.isOss()) {
                found.addAll(scanModule(root, module, OSS_PATTERNS, counts));
            } else if (module.path().equals(ADAPTER_MODULE)) {
                found.addAll(scanModule(root, module, ADAPTER_PATTERNS, counts));
            }
        }
        return found;
    }

    private static void match(Map<String, Pattern> patterns, String file, int line, String text,
            List<Occurrence> found) {
        for (Map.Entry<String, Pattern> rule : patterns.entrySet()) {
            Matcher matcher = rule.getValue().matcher(text);
            while (matcher.find()) {
                found.add(new Occurrence(rule.getKey(), file, line, matcher.group()));
            }
        }
    }

    static boolean isBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** One line of the allowlist: {@code RULE :: ^file-regex$ :: match-regex}. */
    record AllowEntry(int line, String rule, Pattern file, Pattern match, String text) {
        boolean allows(Occurrence occurrence) {
            return rule.equals(occurrence.rule()) && file.matcher(occurrence.file()).matches()
                    && match.matcher(occurrence.match()).matches();
        }
    }

    /** Paths and strings no real allowlist entry should match: an entry that does is a blanket. */
    static final List<String> PROBE_FILES = List.of("zz-probe/src/main/java/zz/Probe.java",
            "zz-probe/src/main/resources/zz/probe.txt", "zz-probe/target/classes/zz/Probe.class", "zz-probe");
    static final List<String> PROBE_MATCHES = List.of("", "zzProbe");

    /**
     * Parses the allowlist and checks it against the occurrences. Returns the problems: malformed, unknown rule,
     * unanchored or blanket entries, entries that allow no occurrence (unused) or more than one (one occurrence per
     * line), and occurrences no entry allows.
     */
    static List<String> allowlistProblems(List<String> allowlistLines, List<Occurrence> occurrences) {
        List<String> problems = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>(OSS_PATTERNS.keySet());
        rules.addAll(ADAPTER_PATTERNS.keySet());
        List<AllowEntry> entries = new ArrayList<>();
        for (int i = 0; i < allowlistLines.size(); i++) {
            String raw = allowlistLines.get(i).strip();
            int line = i + 1;
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            String[] parts = raw.split(" :: ", -1);
            if (parts.length != 3) {
                problems.add("brand-allowlist.txt:" + line + " is not `RULE :: ^file-regex$ :: match-regex`: " + raw);
                continue;
            }
            String rule = parts[0].strip();
            String fileRegex = parts[1].strip();
            String matchRegex = parts[2].strip();
            if (!rules.contains(rule)) {
                problems.add("brand-allowlist.txt:" + line + " names unknown rule '" + rule + "' (known: " + rules
                        + ")");
            }
            if (!fileRegex.startsWith("^") || !fileRegex.endsWith("$")) {
                problems.add("brand-allowlist.txt:" + line + " file regex is unanchored (must be ^...$): "
                        + fileRegex);
            }
            Pattern file;
            Pattern match;
            try {
                file = Pattern.compile(fileRegex);
                match = Pattern.compile(matchRegex);
            } catch (PatternSyntaxException e) {
                problems.add("brand-allowlist.txt:" + line + " has an invalid regex: " + e.getDescription());
                continue;
            }
            if (PROBE_FILES.stream().anyMatch(p -> file.matcher(p).matches())
                    || PROBE_MATCHES.stream().anyMatch(p -> match.matcher(p).matches())) {
                problems.add("brand-allowlist.txt:" + line + " is a blanket entry (it matches any file or any "
                        + "string): " + raw);
                continue;
            }
            entries.add(new AllowEntry(line, rule, file, match, raw));
        }
        Map<AllowEntry, Integer> uses = new LinkedHashMap<>();
        entries.forEach(e -> uses.put(e, 0));
        for (Occurrence occurrence : occurrences) {
            boolean allowed = false;
            for (AllowEntry entry : entries) {
                if (entry.allows(occurrence)) {
                    uses.merge(entry, 1, Integer::sum);
                    allowed = true;
                }
            }
            if (!allowed) {
                problems.add("banned string " + occurrence);
            }
        }
        uses.forEach((entry, count) -> {
            if (count == 0) {
                problems.add("brand-allowlist.txt:" + entry.line() + " is unused; delete it: " + entry.text());
            } else if (count > 1) {
                problems.add("brand-allowlist.txt:" + entry.line() + " allows " + count
                        + " occurrences; one occurrence per line: " + entry.text());
            }
        });
        return problems;
    }

    // ----------------------------------------------------------------------------------------------------------- B7

    /** What the B7 walk looked at. */
    static final class CopyScan {
        final Set<String> platformModules = new TreeSet<>();
        int platformFiles;
        int runtimeFixtures;
        boolean runtimeFixtureDirExists;
        final List<String> copies = new ArrayList<>();
    }

    /**
     * B7: every non-empty file under {@code rensei-*}{@code /src/test/resources} whose SHA-256 equals that of a file
     * under the runtime's worker-protocol fixtures is a copy.
     */
    static CopyScan fixtureCopies(Path root) throws IOException {
        CopyScan scan = new CopyScan();
        Path fixtures = root.resolve(WORKER_PROTOCOL_FIXTURES);
        scan.runtimeFixtureDirExists = Files.isDirectory(fixtures);
        Map<String, String> runtimeByHash = new HashMap<>();
        for (Path file : regularFiles(fixtures)) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 0) {
                runtimeByHash.putIfAbsent(sha256(bytes), relative(root, file));
                scan.runtimeFixtures++;
            }
        }
        for (Module module : modules(root)) {
            if (!module.path().startsWith("rensei-") || module.path().contains("/")) {
                continue;
            }
            scan.platformModules.add(module.path());
            for (Path file : regularFiles(module.dir().resolve("src/test/resources"))) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length == 0) {
                    continue;
                }
                scan.platformFiles++;
                String original = runtimeByHash.get(sha256(bytes));
                if (original != null) {
                    scan.copies.add(relative(root, file) + " is a copy of " + original
                            + "; read the fixture from the donmai-runtime test-jar instead");
                }
            }
        }
        return scan;
    }

    // ----------------------------------------------------------------------------------------------------------- B8

    /** What the B8 walk looked at. */
    static final class TckScan {
        boolean tckFound;
        final Set<String> providerModules = new TreeSet<>();
        final Map<String, Set<ProviderFamily>> familiesByModule = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
    }

    /**
     * B8: each {@code donmai-providers/donmai-provider-*} module but the TCK has, for every family its
     * {@code META-INF/services} factories declare, a test class that extends (directly or through its own test
     * classes) the family's {@code *ContractTest}.
     */
    static TckScan tckCoverage(Path root) throws IOException {
        TckScan scan = new TckScan();
        Path providers = root.resolve(PROVIDERS_DIR);
        Path tck = providers.resolve(TCK_MODULE);
        scan.tckFound = Files.isRegularFile(tck.resolve("pom.xml"));
        Set<String> tckClasses = new TreeSet<>();
        for (Path file : regularFiles(tck.resolve("src/main/java"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".java")) {
                tckClasses.add(name.substring(0, name.length() - ".java".length()));
            }
        }
        List<Path> modules = new ArrayList<>();
        if (Files.isDirectory(providers)) {
            try (Stream<Path> children = Files.list(providers)) {
                children.filter(p -> p.getFileName().toString().startsWith("donmai-provider-"))
                        .filter(p -> !p.getFileName().toString().equals(TCK_MODULE))
                        .filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                        .sorted()
                        .forEach(modules::add);
            }
        }
        for (Path module : modules) {
            String name = relative(root, module);
            scan.providerModules.add(name);
            Set<ProviderFamily> families = new TreeSet<>();
            for (String factory : serviceEntries(module.resolve("src/main/resources/" + FACTORY_SERVICE))) {
                Optional<ProviderFamily> family = familyOf(module, factory);
                if (family.isEmpty()) {
                    scan.problems.add(name + ": cannot tell the family of " + factory + " (build the module so the "
                            + "factory loads, or name ProviderFamily.<X> in its source)");
                } else {
                    families.add(family.get());
                }
            }
            scan.familiesByModule.put(name, families);
            Map<String, String> superclasses = testSuperclasses(module.resolve("src/test/java"));
            for (ProviderFamily family : families) {
                String contractTest = CONTRACT_TESTS.get(family);
                if (!tckClasses.contains(contractTest)) {
                    scan.problems.add(name + ": the TCK has no " + contractTest + " for family " + family.wire());
                }
                if (!extendsTransitively(superclasses, contractTest)) {
                    scan.problems.add(name + " declares a " + family.wire() + " provider but no test class extends "
                            + contractTest);
                }
            }
        }
        return scan;
    }

    /** The non-comment lines of a {@code META-INF/services} file; none when it does not exist. */
    static List<String> serviceEntries(Path serviceFile) throws IOException {
        if (!Files.isRegularFile(serviceFile)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(serviceFile, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * The factory's family: from {@code manifest().family()} of the class loaded from the module's
     * {@code target/classes} (over this test's class path, which holds the contracts), else from the one
     * {@code ProviderFamily.<X>} its source names.
     */
    static Optional<ProviderFamily> familyOf(Path module, String factoryClass) throws IOException {
        Path classes = module.resolve("target/classes");
        if (Files.isDirectory(classes)) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    RepositoryScan.class.getClassLoader())) {
                Object factory = Class.forName(factoryClass, true, loader).getDeclaredConstructor().newInstance();
                if (factory instanceof ProviderFactory providerFactory) {
                    return Optional.of(providerFactory.manifest().family());
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // fall back to the source
            }
        }
        Path source = module.resolve("src/main/java/" + factoryClass.replace('.', '/') + ".java");
        if (Files.isRegularFile(source)) {
            Matcher matcher = Pattern.compile("ProviderFamily\\.([A-Z_]+)").matcher(Files.readString(source));
            Set<ProviderFamily> named = new TreeSet<>();
            while (matcher.find()) {
                for (ProviderFamily family : ProviderFamily.values()) {
                    if (family.name().equals(matcher.group(1))) {
                        named.add(family);
                    }
                }
            }
            if (named.size() == 1) {
                return Optional.of(named.iterator().next());
            }
        }
        return Optional.empty();
    }

    private static final Pattern EXTENDS = Pattern.compile(
            "\\bclass\\s+(\\w+)\\s*(?:<[^{]*?>)?\\s+extends\\s+([\\w.]+)");

    /** Simple class name → simple superclass name, over the test sources. */
    static Map<String, String> testSuperclasses(Path testSources) throws IOException {
        Map<String, String> superclasses = new HashMap<>();
        for (Path file : regularFiles(testSources)) {
            if (!file.getFileName().toString().endsWith(".java")) {
                continue;
            }
            Matcher matcher = EXTENDS.matcher(Files.readString(file));
            while (matcher.find()) {
                String superclass = matcher.group(2);
                superclasses.put(matcher.group(1), superclass.substring(superclass.lastIndexOf('.') + 1));
            }
        }
        return superclasses;
    }

    static boolean extendsTransitively(Map<String, String> superclasses, String target) {
        for (String start : superclasses.keySet()) {
            Set<String> seen = new LinkedHashSet<>();
            String current = start;
            while (current != null && seen.add(current)) {
                String parent = superclasses.get(current);
                if (target.equals(parent)) {
                    return true;
                }
                current = parent;
            }
        }
        return false;
    }

    // -------------------------------------------------------------------------------------------------------- utils

    static List<Path> regularFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Pattern> orderedPatterns(String... ruleAndRegex) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (int i = 0; i < ruleAndRegex.length; i += 2) {
            patterns.put(ruleAndRegex[i], Pattern.compile(ruleAndRegex[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(patterns);
    }

    private static Map<ProviderFamily, String> contractTests() {
        Map<ProviderFamily, String> tests = new EnumMap<>(ProviderFamily.class);
        tests.put(ProviderFamily.SANDBOX, "SandboxProviderContractTest");
        tests.put(ProviderFamily.WORKAREA, "WorkareaProviderContractTest");
        tests.put(ProviderFamily.AGENT_RUNTIME, "HarnessProviderContractTest");
        tests.put(ProviderFamily.VCS, "VcsProviderContractTest");
        tests.put(ProviderFamily.ISSUE_TRACKER, "IssueTrackerProviderContractTest");
        tests.put(ProviderFamily.DEPLOYMENT, "DeploymentProviderContractTest");
        tests.put(ProviderFamily.AGENT_REGISTRY, "AgentRegistryProviderContractTest");
        tests.put(ProviderFamily.KIT, "KitProviderContractTest");
        tests.put(ProviderFamily.MODEL_ENDPOINT, "ModelEndpointProviderContractTest");
        tests.put(ProviderFamily.REQUESTER_PROVIDER, "RequesterProviderContractTest");
        return java.util.Collections.unmodifiableMap(tests);
    }
}
