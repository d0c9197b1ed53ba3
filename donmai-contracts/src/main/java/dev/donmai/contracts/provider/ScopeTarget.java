package dev.donmai.contracts.provider;

import java.util.List;

/**
 * What a session offers to scope resolution: where it runs (tenant, org, project), the paths it touches, and the
 * capabilities and providers already present.
 */
public record ScopeTarget(
        @Nullable String tenant,
        @Nullable String org,
        @Nullable String project,
        List<String> paths,
        List<String> capabilities,
        List<String> providers) {

    public ScopeTarget {
        paths = List.copyOf(paths);
        capabilities = List.copyOf(capabilities);
        providers = List.copyOf(providers);
    }

    /** A target with no tenant, org, project, path, capability or provider: only {@code GLOBAL} providers match. */
    public static ScopeTarget global() {
        return new ScopeTarget(null, null, null, List.of(), List.of(), List.of());
    }

    /** A target for one project of one org. */
    public static ScopeTarget of(@Nullable String tenant, @Nullable String org, @Nullable String project) {
        return new ScopeTarget(tenant, org, project, List.of(), List.of(), List.of());
    }

    @Override
    public String toString() {
        return "tenant=" + tenant + " org=" + org + " project=" + project;
    }
}
