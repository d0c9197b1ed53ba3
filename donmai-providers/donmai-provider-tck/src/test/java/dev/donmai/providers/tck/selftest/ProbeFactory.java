package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Factory of the probe; configuration {@code defects} (comma-separated {@link Defect} names), {@code failActivation}. */
public class ProbeFactory implements ProviderFactory {

    static final ProviderManifest<ProbeCapabilities> MANIFEST = ProviderManifest
            .builder("tck-probe", "1.0.0", new ProbeCapabilities(true, 4, Set.of("eu", "us"), false))
            .name("TCK probe")
            .factory(ProbeFactory.class)
            .build();

    @Override
    public ProviderManifest<ProbeCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public Provider<?> create(ProviderConfig config) {
        Set<Defect> defects = defects(config);
        if (!defects.contains(Defect.ACCEPTS_UNKNOWN_KEYS)) {
            config.requireOnlyKeys(List.of("defects", "failActivation"));
        }
        if (defects.contains(Defect.THREAD_IN_CREATE)) {
            CountDownLatch never = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                try {
                    never.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "probe-create-thread");
            thread.setDaemon(true);
            thread.start();
        }
        return new ProbeProvider(MANIFEST, config.scope(), defects, config.bool("failActivation").orElse(false));
    }

    private static Set<Defect> defects(ProviderConfig config) {
        Set<Defect> defects = EnumSet.noneOf(Defect.class);
        config.string("defects").ifPresent(s -> Arrays.stream(s.split(","))
                .map(String::trim).filter(x -> !x.isEmpty())
                .forEach(x -> {
                    try {
                        defects.add(Defect.valueOf(x.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new ProviderException.ContractViolation(
                                ProviderException.ViolationCode.INVALID_VALUE, "defects");
                    }
                }));
        return defects;
    }
}
