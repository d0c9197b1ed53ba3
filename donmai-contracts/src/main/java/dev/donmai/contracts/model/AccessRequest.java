package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question to the {@link ModelAccessResolver}: may this workload use this company's model, and with which auth
 * mode.
 *
 * @param platformAllowed the immutable ceiling decided by the platform, in its order of preference; no duplicates,
 *                        may be empty (then every request is denied)
 * @param machine         this machine's access configuration; {@code null} = no narrowing
 * @param workload        the workload kind selecting a machine block; {@code ""} = none (the default block applies)
 * @param company         the model's company (a matrix row), non-blank
 * @param model           the requested model (a matrix row), non-blank
 * @param requested       the auth mode the session asks for; {@code null} = no preference
 */
public record AccessRequest(
        List<AuthMode> platformAllowed,
        @Nullable MachineAccess machine,
        String workload,
        String company,
        String model,
        @Nullable AuthMode requested) {

    public AccessRequest {
        platformAllowed = List.copyOf(platformAllowed);
        Set<AuthMode> seen = EnumSet.noneOf(AuthMode.class);
        for (AuthMode mode : platformAllowed) {
            if (!seen.add(mode)) {
                throw new ProviderException.ContractViolation(
                        ProviderException.ViolationCode.INVALID_VALUE, "platformAllowed");
            }
        }
        Objects.requireNonNull(workload, "workload");
        requireNonBlank(company, "company");
        requireNonBlank(model, "model");
    }

    /** The machine configuration, when there is one. */
    public Optional<MachineAccess> machineAccess() {
        return Optional.ofNullable(machine);
    }

    /** The requested auth mode, when there is one. */
    public Optional<AuthMode> requestedMode() {
        return Optional.ofNullable(requested);
    }

    static void requireNonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
    }
}
