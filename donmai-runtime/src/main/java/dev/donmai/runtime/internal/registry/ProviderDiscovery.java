package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds provider factories: first through the registry's class loader, then in each provider directory's
 * {@code *.jar} files. Each directory gets one child class loader, so the jars in one directory can share classes
 * while directories stay apart. Owns those class loaders until {@link #close()}.
 */
final class ProviderDiscovery implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ProviderDiscovery.class.getName());

    private final ClassLoader parent;
    private final List<Path> directories;
    private final List<URLClassLoader> loaders = new ArrayList<>();

    ProviderDiscovery(ClassLoader parent, List<Path> directories) {
        this.parent = parent;
        this.directories = List.copyOf(directories);
    }

    /** Every factory found, classpath first, then directory by directory. */
    List<ProviderFactory> discover() {
        List<ProviderFactory> factories = new ArrayList<>(load(parent, "classpath", false));
        for (Path directory : directories) {
            List<URL> jars = jarsIn(directory);
            if (jars.isEmpty()) {
                continue;
            }
            URLClassLoader loader = new URLClassLoader("donmai-providers:" + directory, jars.toArray(URL[]::new), parent);
            loaders.add(loader);
            factories.addAll(load(loader, directory.toString(), true));
        }
        return factories;
    }

    /**
     * Instantiates the factories {@code loader} offers. A directory loader also sees its parent's service files,
     * whose factories were already found on the classpath, so only the ones it defines itself are taken. A factory
     * that cannot be loaded or instantiated is logged and skipped: a broken jar should not keep the other providers
     * from loading.
     */
    private static List<ProviderFactory> load(ClassLoader loader, String source, boolean definedByLoaderOnly) {
        List<ProviderFactory> found = new ArrayList<>();
        try {
            ServiceLoader.load(ProviderFactory.class, loader).stream()
                    .filter(p -> !definedByLoaderOnly || p.type().getClassLoader() == loader)
                    .forEach(p -> {
                        try {
                            found.add(p.get());
                        } catch (ServiceConfigurationError e) {
                            LOG.log(System.Logger.Level.ERROR, () -> "skipping provider factory "
                                    + p.type().getName() + " from " + source + ": " + e.getMessage());
                        }
                    });
        } catch (ServiceConfigurationError e) {
            LOG.log(System.Logger.Level.ERROR, () -> "unreadable provider service file in " + source + ": "
                    + e.getMessage());
        }
        return found;
    }

    private static List<URL> jarsIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            // Name order makes discovery order, and with it tie-breaking in resolution, reproducible.
            return entries.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted()
                    .map(ProviderDiscovery::url)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list provider directory " + directory, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a loadable path: " + jar, e);
        }
    }

    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "cannot close class loader " + loader.getName() + ": " + e);
            }
        }
        loaders.clear();
    }
}
