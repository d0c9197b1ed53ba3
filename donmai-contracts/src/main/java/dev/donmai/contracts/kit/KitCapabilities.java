package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.set;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderFamily;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a kit declares: the platforms it applies to, its layer and priority, and whether detection runs commands.
 *
 * @param os             operating systems it applies to; not empty
 * @param arch           architectures it applies to; not empty
 * @param order          its layer
 * @param priority       order within a layer; higher applies later
 * @param usesExecDetect true when {@code detect} runs commands (its time limit is then 30 s instead of 5 s)
 */
public record KitCapabilities(Set<Os> os, Set<Arch> arch, KitOrder order, int priority, boolean usesExecDetect)
        implements Capabilities {

    /** Time limit of {@code detect} without command execution. */
    public static final Duration DETECT_TIMEOUT = Duration.ofSeconds(5);
    /** Time limit of {@code detect} with command execution. */
    public static final Duration DETECT_TIMEOUT_WITH_EXEC = Duration.ofSeconds(30);

    /** Component name → human label. */
    public static final Map<String, String> LABELS = labels();

    public KitCapabilities {
        os = set(os, "os");
        check(!os.isEmpty(), "os");
        arch = set(arch, "arch");
        check(!arch.isEmpty(), "arch");
        require(order, "order");
    }

    @Override
    public ProviderFamily family() {
        return ProviderFamily.KIT;
    }

    /** True when the kit applies to this platform; a kit never applies elsewhere. */
    public boolean appliesTo(Os os, Arch arch) {
        return this.os.contains(os) && this.arch.contains(arch);
    }

    /** The time limit of {@code detect}: {@link #DETECT_TIMEOUT}, or {@link #DETECT_TIMEOUT_WITH_EXEC}. */
    public Duration detectTimeout() {
        return usesExecDetect ? DETECT_TIMEOUT_WITH_EXEC : DETECT_TIMEOUT;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("os", "Operating systems");
        labels.put("arch", "Architectures");
        labels.put("order", "Layer");
        labels.put("priority", "Priority");
        labels.put("usesExecDetect", "Detection runs commands");
        return Collections.unmodifiableMap(labels);
    }
}
