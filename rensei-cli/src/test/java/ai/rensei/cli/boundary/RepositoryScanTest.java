package ai.rensei.cli.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.boundary.RepositoryScan.Counts;
import ai.rensei.cli.boundary.RepositoryScan.Occurrence;
import dev.donmai.contracts.provider.ProviderFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boundary.md B3, B7, B8: repository walks from the root Surefire passes as {@code maven.multiModuleProjectDirectory}.
 * The scanner lives platform-side, so the OSS tree never contains the banned strings. The {@code *_fails_*} tests run
 * the same walks on throw-away trees with deliberate violations.
 */
class RepositoryScanTest {

    static final String ALLOWLIST = "/boundary/brand-allowlist.txt";

    static Path repositoryRoot() {
        String property = System.getProperty("maven.multiModuleProjectDirectory");
        Path start = Path.of(property != null && !property.isBlank() ? property : System.getProperty("user.dir"))
                .toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("donmai-contracts")) && Files.isDirectory(dir.resolve("rensei-cli"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new AssertionError("repository root not found from maven.multiModuleProjectDirectory=" + property);
    }

    static List<String> allowlist() throws IOException {
        try (InputStream in = RepositoryScanTest.class.getResourceAsStream(ALLOWLIST)) {
            assertThat(in).as("[B3] %s on the test class path", ALLOWLIST).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    // ----------------------------------------------------------------------------------------------------------- B3

    @Test
    void B3_the_oss_modules_are_exactly_the_dev_donmai_modules() throws IOException {
        List<RepositoryScan.Module> modules = RepositoryScan.modules(repositoryRoot());
        Set<String> platform = modules.stream().filter(m -> !m.isOss()).map(RepositoryScan.Module::path)
                .collect(Collectors.toSet());
        assertThat(platform).as("[B3] every module but the adapter and the CLI is OSS (groupId dev.donmai)")
                .containsExactlyInAnyOrder(RepositoryScan.ADAPTER_MODULE, RepositoryScan.CLI_MODULE);
        assertThat(modules).extracting(RepositoryScan.Module::path)
                .contains("donmai-contracts", "donmai-runtime", "donmai-providers/donmai-provider-tck",
                        "examples/standalone-daemon");
    }

    @Test
    void B3_no_brand_strings_in_oss_sources_resources_or_compiled_constants() throws IOException {
        Path root = repositoryRoot();
        Counts counts = new Counts();
        List<Occurrence> occurrences = RepositoryScan.scanRepository(root, counts);

        // Not vacuous: the walk saw OSS text files and the compiled classes of the modules this build compiled.
        assertThat(counts.modulesScanned).contains("donmai-contracts", "donmai-runtime", RepositoryScan.ADAPTER_MODULE);
        assertThat(counts.textFiles).isPositive();
        assertThat(counts.classDirs).as("[B3] compiled classes scanned").contains("donmai-contracts");
        assertThat(counts.classFiles).isPositive();

        List<String> problems = RepositoryScan.allowlistProblems(allowlist(), occurrences);
        assertThat(problems).as("[B3] no brand strings in OSS sources, resources or compiled constants; no HTTP to "
                + "our own daemon from the adapter (boundary.md B3); allowlist " + ALLOWLIST).isEmpty();
    }

    @Test
    void B3_fails_on_brand_strings_in_sources_resources_and_class_constants(@TempDir Path root) throws IOException {
        Path module = fakeModule(root, "donmai-fake", "dev.donmai");
        write(module.resolve("src/main/java/dev/donmai/fake/Home.java"),
                "class Home {\n  String home = System.getenv(\"RENSEI_HOME\");\n  String url = \"https://app.Rensei.ai\";\n}\n");
        write(module.resolve("src/main/resources/defaults.yaml"), "docs: https://rensei.dev/docs\nstrictPinMode: true\n");
        Path classFile = module.resolve("target/classes/ai/rensei/cli/boundary/BrandConstantsFixture.class");
        Files.createDirectories(classFile.getParent());
        try (InputStream in = BrandConstantsFixture.class.getResourceAsStream("BrandConstantsFixture.class")) {
            Files.write(classFile, in.readAllBytes());
        }
        Path adapter = fakeModule(root, RepositoryScan.ADAPTER_MODULE, "ai.rensei");
        write(adapter.resolve("src/main/java/ai/rensei/platform/Status.java"),
                "class Status { String path = \"/api/daemon/status\"; String site = \"https://rensei.ai\"; }\n");
        Path cli = fakeModule(root, RepositoryScan.CLI_MODULE, "ai.rensei");
        write(cli.resolve("src/main/java/ai/rensei/cli/Env.java"), "class Env { String h = \"RENSEI_HOME\"; }\n");
        write(root.resolve("docs/index.md"), "RENSEI_HOME and rensei.ai are documented here\n");
        write(root.resolve("README.md"), "RENSEI_HOME\n");

        Counts counts = new Counts();
        List<String> found = RepositoryScan.scanRepository(root, counts).stream().map(Occurrence::toString).toList();

        assertThat(found).containsExactlyInAnyOrder(
                "ENV_PREFIX donmai-fake/src/main/java/dev/donmai/fake/Home.java:2 'RENSEI_HOME'",
                "DOMAIN_AI donmai-fake/src/main/java/dev/donmai/fake/Home.java:3 'Rensei.ai'",
                "DOMAIN_DEV donmai-fake/src/main/resources/defaults.yaml:1 'rensei.dev'",
                "RETIRED_NAME donmai-fake/src/main/resources/defaults.yaml:2 'strictPinMode'",
                "ENV_PREFIX donmai-fake/target/classes/ai/rensei/cli/boundary/BrandConstantsFixture.class 'RENSEI_DAEMON_TOKEN'",
                "DOMAIN_AI donmai-fake/target/classes/ai/rensei/cli/boundary/BrandConstantsFixture.class 'rensei.ai'",
                "OWN_DAEMON_API rensei-platform-adapter/src/main/java/ai/rensei/platform/Status.java:1 '/api/daemon/'");

        List<Occurrence> occurrences = RepositoryScan.scanRepository(root, new Counts());
        assertThat(RepositoryScan.allowlistProblems(List.of(), occurrences))
                .hasSize(7).allMatch(p -> p.startsWith("banned string "));
    }

    @Test
    void B3_allowlist_entries_must_be_anchored_specific_and_used_exactly_once() {
        List<Occurrence> occurrences = List.of(
                new Occurrence("ENV_PREFIX", "donmai-runtime/src/main/java/dev/donmai/runtime/api/Brand.java", 3,
                        "RENSEI_HOME"),
                new Occurrence("DOMAIN_AI", "donmai-runtime/src/main/resources/a.txt", 1, "rensei.ai"),
                new Occurrence("DOMAIN_AI", "donmai-runtime/src/main/resources/b.txt", 1, "rensei.ai"));
        List<String> problems = RepositoryScan.allowlistProblems(List.of(
                "# comment",
                "ENV_PREFIX :: ^donmai-runtime/src/main/java/dev/donmai/runtime/api/Brand\\.java$ :: RENSEI_HOME",
                "DOMAIN_AI :: donmai-runtime/src/main/resources/a\\.txt :: rensei\\.ai",
                "DOMAIN_AI :: ^.*$ :: rensei\\.ai",
                "DOMAIN_AI :: ^donmai-runtime/src/main/resources/b\\.txt$ :: .*",
                "DOMAIN_AI :: ^donmai-runtime/src/main/resources/[ab]\\.txt$ :: rensei\\.ai",
                "DOMAIN_DEV :: ^donmai-runtime/src/main/resources/c\\.txt$ :: rensei\\.dev",
                "NO_SUCH_RULE :: ^x$ :: y",
                "ENV_PREFIX :: ^only-two-fields$"), occurrences);

        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:3 file regex is unanchored"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:4 is a blanket entry"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:5 is a blanket entry"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:6 allows 2 occurrences"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:7 is unused"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:8 names unknown rule"));
        assertThat(problems).anyMatch(p -> p.startsWith("brand-allowlist.txt:9 is not `RULE"));
        assertThat(problems).noneMatch(p -> p.startsWith("brand-allowlist.txt:2 "));
        assertThat(problems).noneMatch(p -> p.contains("Brand.java"));

        assertThat(RepositoryScan.allowlistProblems(List.of(
                "ENV_PREFIX :: ^donmai-runtime/src/main/java/dev/donmai/runtime/api/Brand\\.java$ :: RENSEI_HOME",
                "DOMAIN_AI :: ^donmai-runtime/src/main/resources/a\\.txt$ :: rensei\\.ai",
                "DOMAIN_AI :: ^donmai-runtime/src/main/resources/b\\.txt$ :: rensei\\.ai"), occurrences)).isEmpty();
    }

    @Test
    void B3_reads_utf8_constants_from_class_files() throws IOException {
        byte[] bytes;
        try (InputStream in = BrandConstantsFixture.class.getResourceAsStream("BrandConstantsFixture.class")) {
            bytes = in.readAllBytes();
        }
        assertThat(ConstantPool.utf8Strings(bytes)).contains("RENSEI_DAEMON_TOKEN", "https://app.rensei.ai/api",
                "ai/rensei/cli/boundary/BrandConstantsFixture", "ünïcödé ✓", "LONG_CONSTANT");
    }

    // ----------------------------------------------------------------------------------------------------------- B7

    @Test
    void B7_platform_test_resources_hold_no_copy_of_a_runtime_worker_protocol_fixture() throws IOException {
        RepositoryScan.CopyScan scan = RepositoryScan.fixtureCopies(repositoryRoot());
        assertThat(scan.platformModules).as("[B7] platform modules scanned")
                .containsExactlyInAnyOrder(RepositoryScan.ADAPTER_MODULE, RepositoryScan.CLI_MODULE);
        assertThat(scan.platformFiles).as("[B7] platform test resources hashed (the brand allowlist at least)")
                .isPositive();
        assertThat(scan.copies).as("[B7] worker-protocol fixtures exist once, in " + RepositoryScan.WORKER_PROTOCOL_FIXTURES
                + " (boundary.md B7, P5)").isEmpty();
    }

    @Test
    void B7_fails_on_a_copied_fixture(@TempDir Path root) throws IOException {
        fakeModule(root, "donmai-runtime", "dev.donmai");
        write(root.resolve(RepositoryScan.WORKER_PROTOCOL_FIXTURES + "/poll-response.json"), "{\"items\":[]}\n");
        write(root.resolve(RepositoryScan.WORKER_PROTOCOL_FIXTURES + "/empty.json"), "");
        Path cli = fakeModule(root, RepositoryScan.CLI_MODULE, "ai.rensei");
        write(cli.resolve("src/test/resources/protocol/poll.json"), "{\"items\":[]}\n");
        write(cli.resolve("src/test/resources/protocol/own.json"), "{\"items\":[1]}\n");
        write(cli.resolve("src/test/resources/protocol/empty.json"), "");

        RepositoryScan.CopyScan scan = RepositoryScan.fixtureCopies(root);

        assertThat(scan.runtimeFixtureDirExists).isTrue();
        assertThat(scan.copies).containsExactly("rensei-cli/src/test/resources/protocol/poll.json is a copy of "
                + RepositoryScan.WORKER_PROTOCOL_FIXTURES
                + "/poll-response.json; read the fixture from the donmai-runtime test-jar instead");
    }

    // ----------------------------------------------------------------------------------------------------------- B8

    @Test
    void B8_each_oss_provider_module_runs_its_family_tck() throws IOException {
        RepositoryScan.TckScan scan = RepositoryScan.tckCoverage(repositoryRoot());
        assertThat(scan.tckFound).as("[B8] donmai-providers/donmai-provider-tck found, so the scan is not vacuous")
                .isTrue();
        assertThat(scan.problems).as("[B8] each OSS provider module (" + scan.providerModules
                + ") has a test extending its family's *ContractTest (boundary.md B8)").isEmpty();
    }

    @Test
    void B8_knows_the_contract_test_of_every_family() {
        assertThat(RepositoryScan.CONTRACT_TESTS).containsOnlyKeys(ProviderFamily.values());
    }

    @Test
    void B8_fails_on_a_provider_module_without_its_family_contract_test(@TempDir Path root) throws IOException {
        Path tck = root.resolve("donmai-providers/donmai-provider-tck");
        write(tck.resolve("pom.xml"), pom("donmai-provider-tck", "dev.donmai"));
        write(tck.resolve("src/main/java/dev/donmai/providers/tck/SandboxProviderContractTest.java"), "");
        write(tck.resolve("src/main/java/dev/donmai/providers/tck/VcsProviderContractTest.java"), "");

        Path local = root.resolve("donmai-providers/donmai-provider-local");
        write(local.resolve("pom.xml"), pom("donmai-provider-local", "dev.donmai"));
        write(local.resolve("src/main/resources/" + RepositoryScan.FACTORY_SERVICE),
                "# bundled\ndev.donmai.providers.local.LocalSandboxFactory\n");
        write(local.resolve("src/main/java/dev/donmai/providers/local/LocalSandboxFactory.java"),
                "class LocalSandboxFactory { Object f = ProviderFamily.SANDBOX; }\n");

        Path git = root.resolve("donmai-providers/donmai-provider-git");
        write(git.resolve("pom.xml"), pom("donmai-provider-git", "dev.donmai"));
        write(git.resolve("src/main/resources/" + RepositoryScan.FACTORY_SERVICE),
                "dev.donmai.providers.git.GitVcsFactory\ndev.donmai.providers.git.GitWorkareaFactory\n");
        write(git.resolve("src/main/java/dev/donmai/providers/git/GitVcsFactory.java"),
                "class GitVcsFactory { Object f = ProviderFamily.VCS; }\n");
        write(git.resolve("src/main/java/dev/donmai/providers/git/GitWorkareaFactory.java"),
                "class GitWorkareaFactory { Object f = ProviderFamily.WORKAREA; }\n");
        write(git.resolve("src/test/java/dev/donmai/providers/git/GitVcsBase.java"),
                "abstract class GitVcsBase extends dev.donmai.providers.tck.VcsProviderContractTest<GitVcs, Caps> {}\n");
        write(git.resolve("src/test/java/dev/donmai/providers/git/GitVcsTest.java"),
                "final class GitVcsTest extends GitVcsBase {}\n");

        RepositoryScan.TckScan scan = RepositoryScan.tckCoverage(root);

        assertThat(scan.tckFound).isTrue();
        assertThat(scan.familiesByModule).containsEntry("donmai-providers/donmai-provider-local",
                Set.of(ProviderFamily.SANDBOX));
        assertThat(scan.problems).containsExactlyInAnyOrder(
                "donmai-providers/donmai-provider-git: the TCK has no WorkareaProviderContractTest for family workarea",
                "donmai-providers/donmai-provider-git declares a workarea provider but no test class extends "
                        + "WorkareaProviderContractTest",
                "donmai-providers/donmai-provider-local declares a sandbox provider but no test class extends "
                        + "SandboxProviderContractTest");

        write(local.resolve("src/test/java/dev/donmai/providers/local/LocalSandboxTest.java"),
                "class LocalSandboxTest extends SandboxProviderContractTest<LocalSandbox, SandboxCapabilities> {}\n");
        assertThat(RepositoryScan.tckCoverage(root).problems)
                .noneMatch(p -> p.startsWith("donmai-providers/donmai-provider-local"));
    }

    // -------------------------------------------------------------------------------------------------------- utils

    static Path fakeModule(Path root, String path, String groupId) throws IOException {
        if (!Files.exists(root.resolve("pom.xml"))) {
            write(root.resolve("pom.xml"), pom("donmai-parent", "dev.donmai"));
        }
        Path module = root.resolve(path);
        write(module.resolve("pom.xml"), pom(module.getFileName().toString(), groupId));
        return module;
    }

    static String pom(String artifactId, String groupId) {
        return "<project><modelVersion>4.0.0</modelVersion><parent><groupId>dev.donmai</groupId>"
                + "<artifactId>donmai-parent</artifactId><version>0</version></parent>"
                + (groupId.equals("dev.donmai") ? "" : "<groupId>" + groupId + "</groupId>")
                + "<artifactId>" + artifactId + "</artifactId></project>";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
