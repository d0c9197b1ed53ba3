package dev.donmai.contracts.intelligence;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Secret;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class CodeIntelligenceContractTypesTest {

    @Test
    void toolNamesInListOrder() {
        assertThat(wires(CodeIntelligenceTool.class)).containsExactly("donmai_code_get_repo_map",
                "donmai_code_search_symbols", "donmai_code_search_code", "donmai_code_check_duplicate",
                "donmai_code_find_type_usages", "donmai_code_validate_cross_deps");
        assertThat(wires(TypeUsageKind.class)).containsExactly("import", "switch_case", "mapping_object",
                "exhaustive_check", "type_reference");
        assertThat(wires(SymbolMatchType.class)).containsExactly("exact", "bm25", "fuzzy");
        assertThat(wires(DuplicateMatchType.class)).containsExactly("exact", "near", "none");
        assertThat(wires(ManifestKind.class)).containsExactly("npm", "maven", "go", "python");
    }

    @Test
    void codeIntelligenceHasExactlySixOperationsTakingRootFirstAndTimeoutLast() {
        List<Method> ops = Arrays.stream(CodeIntelligence.class.getDeclaredMethods())
                .filter(m -> !m.isDefault()).toList();
        assertThat(ops).hasSize(6);
        for (Method op : ops) {
            Class<?>[] params = op.getParameterTypes();
            assertThat(params).hasSize(3);
            assertThat(params[0]).isEqualTo(Path.class);
            assertThat(params[2]).isEqualTo(Duration.class);
        }
    }

    @Test
    void requestDefaults() {
        assertThat(new RepoMapRequest(0, List.of()).maxFiles()).isEqualTo(50);
        assertThat(new RepoMapRequest(-3, List.of()).maxFiles()).isEqualTo(50);
        assertThat(new RepoMapRequest(7, List.of("src/**")).maxFiles()).isEqualTo(7);
        assertThat(SymbolSearchRequest.of("UserService").maxResults()).isEqualTo(20);
        assertThat(new CodeSearchRequest("retry loop", 0, null, false).maxResults()).isEqualTo(20);
        assertInvalid(() -> SymbolSearchRequest.of(" "), "query");
    }

    @Test
    void duplicateCheckTakesExactlyOneInput() {
        assertThat(DuplicateCheckRequest.ofContent("int x = 1;").maxResults()).isZero();
        assertInvalid(() -> new DuplicateCheckRequest(null, null, 0), "content");
        assertInvalid(() -> new DuplicateCheckRequest("a", "b.java", 0), "content");
        assertInvalid(() -> new DuplicateCheckRequest("a", null, -1), "maxResults");
    }

    @Test
    void duplicateCheckResultIsConsistent() {
        DuplicateCheckResult none = DuplicateCheckResult.none();
        assertThat(none.isDuplicate()).isFalse();
        DuplicateCandidate top = new DuplicateCandidate("sym-1", DuplicateMatchType.NEAR, 2, "A.java", "run", 10);
        DuplicateCheckResult found = DuplicateCheckResult.of(top, List.of());
        assertThat(found.isDuplicate()).isTrue();
        assertThat(found.hammingDistance()).isEqualTo(2);
        assertInvalid(() -> new DuplicateCheckResult(true, DuplicateMatchType.NONE, "x", 0, null, null, null,
                List.of()), "isDuplicate");
        assertInvalid(() -> new DuplicateCandidate("x", DuplicateMatchType.NONE, 0, null, null, null), "matchType");
    }

    @Test
    void outputsValidate() {
        assertInvalid(() -> new RepoMap(List.of(), "abc", 0), "rootHash");
        assertThat(new RepoMap(List.of(), "0".repeat(64), 0).files()).isZero();
        List<RepoMapSymbol> eleven = java.util.Collections.nCopies(11, new RepoMapSymbol("f", "function", 1));
        assertInvalid(() -> new RepoMapEntry("a.go", 0.1, eleven), "symbols");
        assertInvalid(() -> new CrossDepsResult(true, List.of(new MissingDependency("a.ts", "lodash",
                "package.json", 1, ManifestKind.NPM)), 1, 1), "valid");
        assertInvalid(() -> new TypeUsages("Color", 0, List.of(new TypeUsage("a.ts", 3, "case RED:",
                TypeUsageKind.SWITCH_CASE)), 0, 0), "totalUsages");
        assertInvalid(() -> new SymbolSearchResult(List.of(), 3, null), "hint");
        assertInvalid(() -> new CodeSymbol("f", "function", "a.py", 5, null, null, null, 4, null, null), "endLine");
    }

    @Test
    void kindsNameTheirServiceTypes() {
        assertThat(IntelligenceKind.MEMORY_STORE.serviceType()).isEqualTo(MemoryStore.class);
        assertThat(IntelligenceKind.EMBEDDER.serviceType()).isEqualTo(Embedder.class);
        assertThat(IntelligenceKind.CODE_INTELLIGENCE.serviceType()).isEqualTo(CodeIntelligence.class);
    }

    @Test
    void aFactoryCreatesItsKindFromAContext() throws Exception {
        IntelligenceFactory<Embedder> factory = new IntelligenceFactory<>() {
            @Override
            public IntelligenceKind kind() {
                return IntelligenceKind.EMBEDDER;
            }

            @Override
            public String id() {
                return "constant";
            }

            @Override
            public Embedder create(IntelligenceContext context) {
                return new Embedder() {
                    @Override
                    public EmbedderInfo info() {
                        return new EmbedderInfo("constant-v1", "constant", 2, "1", false);
                    }

                    @Override
                    public List<float[]> embed(List<String> texts, EmbedPurpose purpose, Duration timeout) {
                        return texts.stream().map(t -> new float[] {1f, 0f}).toList();
                    }
                };
            }
        };
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            IntelligenceContext context = new IntelligenceContext(Path.of("data"), Clock.systemUTC(),
                    System.getLogger("test"), scheduler, Map.of("dimensions", 2), Map.of("apiKey",
                            Secret.of("sk-test")));
            assertThat(context.secret("apiKey")).contains(Secret.of("sk-test"));
            assertThat(context.toString()).doesNotContain("sk-test");
            try (Embedder embedder = factory.create(context)) {
                assertThat(factory.kind().serviceType().isInstance(embedder)).isTrue();
                assertThat(embedder.embed(List.of("a", "b"), EmbedPurpose.QUERY, Duration.ofSeconds(1)))
                        .hasSize(2).allSatisfy(v -> assertThat(v).hasSize(embedder.info().dimensions()));
            }
        } finally {
            scheduler.shutdownNow();
        }
        assertInvalid(() -> new EmbedderInfo("x", "m", 0, "1", false), "dimensions");
    }
}
