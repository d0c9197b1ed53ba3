package dev.donmai.examples.standalone;

import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.TrustMode;
import dev.donmai.runtime.api.DonmaiConfig;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The OSS runtime on its own: no platform adapter, no account, no environment. Everything comes from configuration
 * objects built here from the command line, so the same code runs embedded, in a test, or as a process.
 *
 * <p>Usage: {@code StandaloneDaemon <stateHome> [--provider-path <dir>]... [--once]}. It loads the provider registry
 * ({@code PERMISSIVE} trust, providers from the class path, then {@code <stateHome>/providers} and each
 * {@code --provider-path}), prints one line per provider ({@code <family>  <id>  <version>  <scope level>}), and then
 * serves until the JVM is asked to stop (SIGINT/SIGTERM), closing the registry on the way out; {@code --once} stops
 * after the listing. Exit codes: 0 done, 1 the registry failed to load, 2 usage error.
 */
public final class StandaloneDaemon {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    static final String USAGE = "usage: StandaloneDaemon <stateHome> [--provider-path <dir>]... [--once]";

    private StandaloneDaemon() {
    }

    public static void main(String[] args) throws InterruptedException {
        int code = run(args, System.out, System.err, StandaloneDaemon::awaitShutdown);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /** The parsed command line. */
    record Options(Path stateHome, List<Path> providerPaths, boolean once) {
    }

    /** Parses {@code args}; empty when they are not valid (the caller prints the usage). */
    static java.util.Optional<Options> parse(String[] args) {
        Path stateHome = null;
        List<Path> providerPaths = new ArrayList<>();
        boolean once = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--once")) {
                once = true;
            } else if (arg.equals("--provider-path") && i + 1 < args.length) {
                providerPaths.add(Path.of(args[++i]));
            } else if (!arg.startsWith("--") && stateHome == null && !arg.isBlank()) {
                stateHome = Path.of(arg);
            } else {
                return java.util.Optional.empty();
            }
        }
        return stateHome == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Options(stateHome.toAbsolutePath().normalize(), providerPaths, once));
    }

    /** The runtime configuration for {@code options}: configuration objects only, nothing from the environment. */
    static DonmaiConfig config(Options options) {
        RegistryConfig.Builder registry = RegistryConfig.builder(options.stateHome()).trustMode(TrustMode.PERMISSIVE);
        options.providerPaths().forEach(registry::providerPath);
        return DonmaiConfig.of(options.stateHome()).withRegistry(registry.build());
    }

    /** Builds, loads and returns the registry of {@code config}; the caller closes it. */
    static ProviderRegistry start(DonmaiConfig config) {
        ProviderRegistry registry = ProviderRegistry.create(config.registry());
        config.listeners().forEach(registry::addListener);
        config.factories().forEach(registry::register);
        try {
            registry.load();
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    /** Runs the daemon; {@code serve} blocks until it should stop (not called with {@code --once}). */
    static int run(String[] args, PrintStream out, PrintStream err, Serve serve) throws InterruptedException {
        var options = parse(args);
        if (options.isEmpty()) {
            err.println(USAGE);
            return EXIT_USAGE;
        }
        ProviderRegistry registry;
        try {
            registry = start(config(options.get()));
        } catch (RuntimeException e) {
            err.println("error: the provider registry failed to load: " + e.getMessage());
            return EXIT_FAILED;
        }
        try (registry) {
            for (ProviderRef ref : registry.providers()) {
                out.println(String.join("  ", ref.family().wire(), ref.id(), ref.version(), ref.level().wire()));
            }
            out.flush();
            if (!options.get().once()) {
                serve.await();
            }
        }
        return EXIT_OK;
    }

    /** Blocks until the daemon should stop. */
    @FunctionalInterface
    interface Serve {
        void await() throws InterruptedException;
    }

    private static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                main.join(10_000); // let run() close the registry before the JVM goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "standalone-daemon-shutdown"));
        stop.await();
    }
}
