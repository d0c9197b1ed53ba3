package dev.donmai.contracts.provider;

import java.util.List;

/**
 * Which targets a scoped provider applies to. Matchers are lists of globs: every non-empty matcher must match (AND),
 * any entry of one matcher suffices (OR), and any {@code excludePaths} hit excludes.
 */
public record ScopeSelector(
        List<String> tenant,
        List<String> org,
        List<String> project,
        List<String> paths,
        List<String> excludePaths,
        List<String> requiresCapability,
        List<String> requiresProvider) {

    public ScopeSelector {
        tenant = List.copyOf(tenant);
        org = List.copyOf(org);
        project = List.copyOf(project);
        paths = List.copyOf(paths);
        excludePaths = List.copyOf(excludePaths);
        requiresCapability = List.copyOf(requiresCapability);
        requiresProvider = List.copyOf(requiresProvider);
    }

    /** A selector with no matcher at all. */
    public static ScopeSelector empty() {
        return new ScopeSelector(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Selects the given tenant globs. */
    public ScopeSelector withTenant(String... globs) {
        return new ScopeSelector(List.of(globs), org, project, paths, excludePaths, requiresCapability, requiresProvider);
    }

    /** Selects the given org globs. */
    public ScopeSelector withOrg(String... globs) {
        return new ScopeSelector(tenant, List.of(globs), project, paths, excludePaths, requiresCapability, requiresProvider);
    }

    /** Selects the given project globs. */
    public ScopeSelector withProject(String... globs) {
        return new ScopeSelector(tenant, org, List.of(globs), paths, excludePaths, requiresCapability, requiresProvider);
    }

    /** Selects targets touching one of the given path globs. */
    public ScopeSelector withPaths(String... globs) {
        return new ScopeSelector(tenant, org, project, List.of(globs), excludePaths, requiresCapability, requiresProvider);
    }

    /** Excludes targets touching one of the given path globs. */
    public ScopeSelector withExcludePaths(String... globs) {
        return new ScopeSelector(tenant, org, project, paths, List.of(globs), requiresCapability, requiresProvider);
    }

    /** The matcher for one scope level; {@code GLOBAL} has none and yields an empty list. */
    public List<String> matcherFor(ScopeLevel level) {
        return switch (level) {
            case GLOBAL -> List.of();
            case TENANT -> tenant;
            case ORG -> org;
            case PROJECT -> project;
        };
    }

    /** True when the target satisfies every non-empty matcher and hits no excluded path. */
    public boolean matches(ScopeTarget target) {
        if (anyMatchesAny(excludePaths, target.paths())) {
            return false;
        }
        return matchesOne(tenant, target.tenant())
                && matchesOne(org, target.org())
                && matchesOne(project, target.project())
                && (paths.isEmpty() || anyMatchesAny(paths, target.paths()))
                && (requiresCapability.isEmpty() || anyMatchesAny(requiresCapability, target.capabilities()))
                && (requiresProvider.isEmpty() || anyMatchesAny(requiresProvider, target.providers()));
    }

    /** True when the matcher of {@code level} matches the target through a literal entry, not a glob. */
    public boolean matchesExactlyAt(ScopeLevel level, ScopeTarget target) {
        String value = switch (level) {
            case GLOBAL -> null;
            case TENANT -> target.tenant();
            case ORG -> target.org();
            case PROJECT -> target.project();
        };
        return value != null && matcherFor(level).stream().anyMatch(p -> Glob.isLiteral(p) && p.equals(value));
    }

    private static boolean matchesOne(List<String> globs, String value) {
        return globs.isEmpty() || globs.stream().anyMatch(g -> Glob.of(g).matches(value));
    }

    private static boolean anyMatchesAny(List<String> globs, List<String> values) {
        return globs.stream().map(Glob::of).anyMatch(g -> values.stream().anyMatch(g::matches));
    }
}
