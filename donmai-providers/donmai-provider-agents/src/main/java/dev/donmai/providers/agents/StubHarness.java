package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.runtime.spi.harness.HarnessEnv;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.StubOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code stub} harness (sessions.md §12): a bundled POSIX sh script, extracted at activation to
 * {@code <binDir or data directory>/<brand>-stub.sh} (mode 0700), that plays one of the {@link
 * dev.donmai.runtime.spi.harness.StubBehaviour behaviours} and prints canonical event lines
 * ({@link CanonicalEventParser}). Its {@code harnessOptions} arrive as JSON in {@code <P>_STUB_OPTIONS}; spawn checks
 * them ({@link StubOptions#validate}: an unknown behaviour is {@code ContractViolation(INVALID_VALUE,
 * "harnessOptions.behaviour")}, no process) and hands the script a compact canonical copy. The script runs as
 * {@code <binary> <script> <P>} ({@code binary} defaults to {@code /bin/sh}) and needs only sh, printf, sleep and
 * git; the adapter makes sure {@code .agent/} exists for its turn result.
 */
public final class StubHarness extends HarnessAdapter {

    /** The provider id. */
    public static final String ID = "stub";
    /** The script resource. */
    static final String SCRIPT_RESOURCE = "stub.sh";

    /** Plays scripted behaviours; no model, so it accepts any well-known protocol and host. */
    public static final HarnessCapabilities CAPABILITIES = HarnessCapabilities.builder("Stub")
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES, WireProtocol.OPENAI_RESPONSES,
                    WireProtocol.OPENAI_CHAT_COMPLETIONS)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI)))
            .build();

    private volatile @Nullable Path script;

    StubHarness(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope, HarnessSettings settings) {
        super(manifest, scope, settings);
    }

    @Override
    protected void onActivate(ProviderHost host) throws IOException {
        Path dir = settings.binDir() != null ? settings.binDir() : host.dataDir();
        if (!Files.isDirectory(dir)) {
            if (settings.binDir() == null) {
                throw new IOException("the data directory does not exist");
            }
            Files.createDirectories(dir);
        }
        script = extract(dir.resolve(HarnessEnv.brand(settings.envPrefix()) + "-stub.sh"));
    }

    /** Writes the bundled script to {@code target} (replacing an older copy atomically) with mode 0700. */
    static Path extract(Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".stub-", ".tmp");
        try (InputStream in = StubHarness.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IOException("the stub script resource is missing");
            }
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx------"));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** The extracted script, once active. */
    @Nullable Path script() {
        return script;
    }

    @Override
    protected Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host) throws IOException {
        String optionsVar = HarnessEnv.options(settings.envPrefix(), ID);
        String raw = spec.env().get(optionsVar);
        Map<String, Object> options = raw == null || raw.isBlank() ? Map.of()
                : Json.parseObject(raw).orElseThrow(() -> new ProviderException.ContractViolation(
                        ProviderException.ViolationCode.INVALID_VALUE, "harnessOptions"));
        StubOptions stub = StubOptions.validate(options);
        Files.createDirectories(spec.cwd().resolve(".agent"));
        return new Invocation(List.of(settings.binary(), String.valueOf(script), settings.envPrefix()),
                Map.of(optionsVar, stub.toJson()), null);
    }

    @Override
    protected LineParser parser(SpawnSpec spec) {
        return new CanonicalEventParser();
    }
}
