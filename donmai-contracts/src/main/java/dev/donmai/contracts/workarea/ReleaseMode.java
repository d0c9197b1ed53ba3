package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.WireValue;
import java.util.Optional;

/**
 * How a workarea is released: {@code destroy}, {@code return-to-pool}, {@code pause} or {@code archive}.
 * Two modes are the same release iff their {@link #wire() wire names} are equal (an {@code Archive} label does not
 * make a repeat a different mode); {@link dev.donmai.contracts.provider.ProviderException.ReleaseConflict} carries
 * wire names.
 */
public sealed interface ReleaseMode extends WireValue {

    /** The {@code destroy} mode. */
    ReleaseMode DESTROY = new Destroy();
    /** The {@code return-to-pool} mode. */
    ReleaseMode RETURN_TO_POOL = new ReturnToPool();
    /** The {@code pause} mode. */
    ReleaseMode PAUSE = new Pause();

    /** True when {@code other} is the same mode (equal wire names). */
    default boolean sameModeAs(ReleaseMode other) {
        return other != null && wire().equals(other.wire());
    }

    /**
     * The mode with wire name {@code wire}; {@code label} is used only for {@code archive}.
     *
     * @throws ProviderException.ContractViolation {@code UNKNOWN_DISCRIMINATOR} for an unknown name
     */
    static ReleaseMode fromWire(String wire, @Nullable String label) {
        if (wire != null) {
            switch (wire) {
                case "destroy":
                    return DESTROY;
                case "return-to-pool":
                    return RETURN_TO_POOL;
                case "pause":
                    return PAUSE;
                case "archive":
                    return new Archive(label);
                default:
                    break;
            }
        }
        throw new ProviderException.ContractViolation(
                ProviderException.ViolationCode.UNKNOWN_DISCRIMINATOR, "ReleaseMode");
    }

    /** Remove the workarea and everything it left behind. */
    record Destroy() implements ReleaseMode {
        @Override
        public String wire() {
            return "destroy";
        }
    }

    /** Clean the workarea and keep it as a ready pool member when its checksum still matches; else destroy it. */
    record ReturnToPool() implements ReleaseMode {
        @Override
        public String wire() {
            return "return-to-pool";
        }
    }

    /** Keep the workarea for a later resume (providers without it apply {@code return-to-pool} with a warning). */
    record Pause() implements ReleaseMode {
        @Override
        public String wire() {
            return "pause";
        }
    }

    /** Keep the workarea read-only for inspection, optionally under a path-safe {@code label}. */
    record Archive(@Nullable String label) implements ReleaseMode {
        public Archive {
            if (label != null) {
                Ids.requireId(label, "label");
            }
        }

        /** An archive without a label. */
        public Archive() {
            this(null);
        }

        /** The label, if any. */
        public Optional<String> labelIfAny() {
            return Optional.ofNullable(label);
        }

        @Override
        public String wire() {
            return "archive";
        }
    }
}
