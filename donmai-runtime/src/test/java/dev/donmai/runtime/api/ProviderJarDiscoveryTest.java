package dev.donmai.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a provider jar that is not on the build's class path, dropped into a providers directory, is
 * discovered and activated. The jars are compiled and packaged at test time, so no class of theirs can leak onto the
 * test class path.
 */
class ProviderJarDiscoveryTest {

    private static final String SOURCE = """
            package %1$s;

            import dev.donmai.contracts.provider.Capabilities;
            import dev.donmai.contracts.provider.Provider;
            import dev.donmai.contracts.provider.ProviderConfig;
            import dev.donmai.contracts.provider.ProviderFactory;
            import dev.donmai.contracts.provider.ProviderFamily;
            import dev.donmai.contracts.provider.ProviderHost;
            import dev.donmai.contracts.provider.ProviderManifest;
            import dev.donmai.contracts.provider.ProviderScope;
            import dev.donmai.contracts.provider.ProviderSignature;
            import java.time.Duration;
            import java.util.Optional;

            public final class JarProviderFactory implements ProviderFactory {

                public record JarCapabilities(boolean isolated, int slots) implements Capabilities {
                    @Override
                    public ProviderFamily family() {
                        return ProviderFamily.SANDBOX;
                    }
                }

                private static final ProviderManifest<JarCapabilities> MANIFEST = ProviderManifest
                        .builder("%2$s", "0.3.0", new JarCapabilities(true, 2))
                        .factory(JarProviderFactory.class)
                        .build();

                @Override
                public ProviderManifest<?> manifest() {
                    return MANIFEST;
                }

                @Override
                public Provider<?> create(ProviderConfig config) {
                    return new JarProvider(config.scope());
                }

                static final class JarProvider implements Provider<JarCapabilities> {
                    private final ProviderScope scope;

                    JarProvider(ProviderScope scope) {
                        this.scope = scope;
                    }

                    @Override
                    public ProviderManifest<JarCapabilities> manifest() {
                        return MANIFEST;
                    }

                    @Override
                    public ProviderScope scope() {
                        return scope;
                    }

                    @Override
                    public Optional<ProviderSignature> signature() {
                        return Optional.empty();
                    }

                    @Override
                    public void activate(ProviderHost host, Duration timeout) {
                    }

                    @Override
                    public void deactivate(Duration timeout) {
                    }
                }
            }
            """;

    @TempDir
    Path stateHome;

    @TempDir
    Path work;

    private ProviderRegistry registry;

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    private static ProviderRef ref(String id) {
        return new ProviderRef(ProviderFamily.SANDBOX, id, "0.3.0", ScopeLevel.GLOBAL);
    }

    @Test
    void aJarDroppedIntoTheProvidersDirectoryIsDiscoveredAndActivated() throws Exception {
        buildProviderJar("dev.donmai.testjar.one", "dropped-in", stateHome.resolve("providers").resolve("one.jar"));
        assertThatThrownBy(() -> Class.forName("dev.donmai.testjar.one.JarProviderFactory"))
                .isInstanceOf(ClassNotFoundException.class);

        registry = ProviderRegistry.create(RegistryConfig.builder(stateHome).build());
        registry.load();

        assertThat(registry.providers()).contains(ref("dropped-in"));
        Provider<?> provider = registry.acquire(ProviderFamily.SANDBOX, "dropped-in", ScopeTarget.global(),
                Provider.class);
        assertThat(registry.isActive(ref("dropped-in"))).isTrue();
        ClassLoader loader = provider.getClass().getClassLoader();
        assertThat(loader).isInstanceOf(URLClassLoader.class)
                .isNotSameAs(ClassLoader.getSystemClassLoader())
                .isNotSameAs(getClass().getClassLoader());
        assertThat(loader.getParent()).isSameAs(RegistryConfig.class.getClassLoader());
    }

    @Test
    void jarsOfOneDirectoryShareOneClassLoader() throws Exception {
        Path dir = work.resolve("plugins");
        buildProviderJar("dev.donmai.testjar.a", "first-jar", dir.resolve("a.jar"));
        buildProviderJar("dev.donmai.testjar.b", "second-jar", dir.resolve("b.jar"));

        registry = ProviderRegistry.create(RegistryConfig.builder(stateHome).providerPath(dir).build());
        registry.load();

        assertThat(registry.providers()).containsSubsequence(ref("first-jar"), ref("second-jar"));
        assertThat(registry.activate(ref("first-jar")).getClass().getClassLoader())
                .isSameAs(registry.activate(ref("second-jar")).getClass().getClassLoader());
    }

    @Test
    void aSecondJarWithTheSameFamilyIdAndLevelIsAScopeConflict() throws Exception {
        buildProviderJar("dev.donmai.testjar.one", "dropped-in", stateHome.resolve("providers").resolve("one.jar"));
        Path extra = work.resolve("extra");
        buildProviderJar("dev.donmai.testjar.two", "dropped-in", extra.resolve("two.jar"));

        registry = ProviderRegistry.create(RegistryConfig.builder(stateHome).providerPath(extra).build());

        assertThatThrownBy(registry::load)
                .isInstanceOfSatisfying(ProviderException.ScopeConflict.class, e -> {
                    assertThat(e.id()).isEqualTo("dropped-in");
                    assertThat(e.level()).isEqualTo(ScopeLevel.GLOBAL);
                });
        assertThat(registry.providers()).isEmpty();
    }

    /** Compiles one provider against the contracts and packages it with its service file. */
    private void buildProviderJar(String packageName, String providerId, Path jar) throws IOException {
        Path sources = Files.createTempDirectory(work, "src");
        Path classes = Files.createTempDirectory(work, "classes");
        Path source = sources.resolve("JarProviderFactory.java");
        Files.writeString(source, SOURCE.formatted(packageName, providerId));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-classpath", compileClasspath(),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("javac exit status").isZero();

        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + ProviderFactory.class.getName()));
            write(out, packageName + ".JarProviderFactory\n");
            out.closeEntry();
        }
    }

    /**
     * The test class path, plus the contracts' own location: Surefire may hand the JVM a manifest-only jar, and the
     * contracts are all the provider needs.
     */
    private static String compileClasspath() {
        try {
            Path contracts = Paths.get(ProviderFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return String.join(File.pathSeparator, List.of(contracts.toString(), System.getProperty("java.class.path")));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
