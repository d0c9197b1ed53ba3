package dev.donmai.contracts.session;

import static dev.donmai.contracts.session.SessionChecks.check;
import static dev.donmai.contracts.session.SessionChecks.envNames;
import static dev.donmai.contracts.session.SessionChecks.json;
import static dev.donmai.contracts.session.SessionChecks.list;
import static dev.donmai.contracts.session.SessionChecks.map;
import static dev.donmai.contracts.session.SessionChecks.nonNegative;
import static dev.donmai.contracts.session.SessionChecks.textList;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a session is asked to do: the body of {@code POST /sessions} (host.md §5.4) or the typed view of an
 * orchestrator's work item (protocol.md §3). Only {@code sessionId} is required; collections are never null (an
 * absent one is empty). Fields this record does not name are kept verbatim in {@link #extra()} (e.g. {@code claim},
 * {@code queuedAt}, {@code priority}, {@code kits}), so a spec can be shown and re-signed as received. Optional
 * strings are not checked here beyond their type: admission (host.md §3.4) owns those rejections and their messages.
 *
 * @param sessionId              the session id; also names branch {@code agent/<sessionId>}
 * @param repository             repository URL, project id or path, as submitted
 * @param ref                    branch, tag or 40-hex commit; absent = remote default branch
 * @param projectId              project the session belongs to
 * @param repositoryId           repository id within the project
 * @param requiresRepository     whether the session must have a checkout
 * @param organizationId         organization the session runs for ({@code local} when absent)
 * @param projectName            human project name
 * @param resources              per-session resource request
 * @param env                    extra environment (blocklist-filtered by the runtime)
 * @param maxDurationSeconds     max-duration watchdog, seconds
 * @param workType               selects the prompt template
 * @param mode                   interaction mode; absent is {@link SessionMode#AUTONOMOUS}
 * @param harness                harness provider id; absent = the daemon default
 * @param harnessOptions         harness-specific options (stub: {@code behaviour})
 * @param model                  model id requested
 * @param prompt                 task prompt, used verbatim instead of the work-type template
 * @param title                  work item title (prompt)
 * @param body                   work item body (prompt)
 * @param branch                 branch to work on instead of {@code agent/<sessionId>}
 * @param toolchain              tool → demand, e.g. {@code {"java":"17","node":">=20"}}
 * @param budget                 budget watchdog limits
 * @param issueId                issue id (bookkeeping)
 * @param issueIdentifier        human issue identifier (prompt, backstop commit message)
 * @param promptContext          extra prompt context
 * @param systemPromptOverride   replaces the system prompt template
 * @param memoryBlock            memory block provided by the orchestrator
 * @param company                model company from the resolved profile
 * @param authMode               requested auth mode from the resolved profile
 * @param platformAllowed        the platform's auth-mode ceiling, in order
 * @param injectEnvNames         names of environment variables the credential broker fills at spawn
 * @param credentialRequirements names of credentials the work item needs
 * @param signature              the work item's signature (D18), when signed
 * @param extra                  fields not named above, verbatim and in order
 */
public record SessionSpec(
        String sessionId,
        @Nullable String repository,
        @Nullable String ref,
        @Nullable String projectId,
        @Nullable String repositoryId,
        @Nullable Boolean requiresRepository,
        @Nullable String organizationId,
        @Nullable String projectName,
        @Nullable Resources resources,
        Map<String, String> env,
        @Nullable Long maxDurationSeconds,
        @Nullable String workType,
        SessionMode mode,
        @Nullable String harness,
        Map<String, Object> harnessOptions,
        @Nullable String model,
        @Nullable String prompt,
        @Nullable String title,
        @Nullable String body,
        @Nullable String branch,
        Map<String, String> toolchain,
        @Nullable Budget budget,
        @Nullable String issueId,
        @Nullable String issueIdentifier,
        @Nullable String promptContext,
        @Nullable String systemPromptOverride,
        @Nullable String memoryBlock,
        @Nullable String company,
        @Nullable AuthMode authMode,
        List<AuthMode> platformAllowed,
        List<String> injectEnvNames,
        List<String> credentialRequirements,
        @Nullable SpecSignature signature,
        Map<String, Object> extra) {

    /** The wire names of the fields this record types; none of them may appear in {@link #extra()}. */
    public static final Set<String> FIELD_NAMES = Arrays.stream(SessionSpec.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("extra"))
            .collect(Collectors.toUnmodifiableSet());

    public SessionSpec {
        Ids.requireSessionId(sessionId, "sessionId");
        env = map(env, "env");
        nonNegative(maxDurationSeconds, "maxDurationSeconds");
        mode = mode == null ? SessionMode.AUTONOMOUS : mode;
        harnessOptions = json(harnessOptions, "harnessOptions");
        toolchain = map(toolchain, "toolchain");
        platformAllowed = list(platformAllowed, "platformAllowed");
        check(platformAllowed.stream().distinct().count() == platformAllowed.size(), "platformAllowed");
        injectEnvNames = envNames(injectEnvNames, "injectEnvNames");
        credentialRequirements = textList(credentialRequirements, "credentialRequirements");
        extra = json(extra, "extra");
        for (String key : extra.keySet()) {
            check(!FIELD_NAMES.contains(key), "extra");
        }
    }

    /** Starts a spec with the given session id and every other field absent. */
    public static Builder builder(String sessionId) {
        return new Builder(sessionId);
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The session key: {@code organizationId}, else {@code local}, and the session id. */
    public SessionKey key() {
        return new SessionKey(organizationId == null ? SessionKey.LOCAL_ORGANIZATION : organizationId, sessionId);
    }

    /**
     * A per-session resource request, checked against the daemon's per-session ceilings.
     *
     * @param vCpu     virtual CPUs
     * @param memoryMb memory in MiB
     */
    public record Resources(@Nullable Double vCpu, @Nullable Long memoryMb) {
        public Resources {
            check(vCpu == null || (Double.isFinite(vCpu) && vCpu > 0), "resources.vCpu");
            check(memoryMb == null || memoryMb > 0, "resources.memoryMb");
        }
    }

    /**
     * Budget watchdog limits; either may be absent.
     *
     * @param maxCostUsd largest metered cost in USD
     * @param maxTokens  largest metered token total
     */
    public record Budget(@Nullable Double maxCostUsd, @Nullable Long maxTokens) {
        public Budget {
            nonNegative(maxCostUsd, "budget.maxCostUsd");
            nonNegative(maxTokens, "budget.maxTokens");
        }
    }

    /** Assembles a {@link SessionSpec}; the record constructor validates on {@link #build()}. */
    public static final class Builder {
        private String sessionId;
        private String repository;
        private String ref;
        private String projectId;
        private String repositoryId;
        private Boolean requiresRepository;
        private String organizationId;
        private String projectName;
        private Resources resources;
        private Map<String, String> env = Map.of();
        private Long maxDurationSeconds;
        private String workType;
        private SessionMode mode = SessionMode.AUTONOMOUS;
        private String harness;
        private Map<String, Object> harnessOptions = Map.of();
        private String model;
        private String prompt;
        private String title;
        private String body;
        private String branch;
        private Map<String, String> toolchain = Map.of();
        private Budget budget;
        private String issueId;
        private String issueIdentifier;
        private String promptContext;
        private String systemPromptOverride;
        private String memoryBlock;
        private String company;
        private AuthMode authMode;
        private List<AuthMode> platformAllowed = List.of();
        private List<String> injectEnvNames = List.of();
        private List<String> credentialRequirements = List.of();
        private SpecSignature signature;
        private Map<String, Object> extra = Map.of();

        private Builder(String sessionId) {
            this.sessionId = sessionId;
        }

        private Builder(SessionSpec s) {
            sessionId = s.sessionId;
            repository = s.repository;
            ref = s.ref;
            projectId = s.projectId;
            repositoryId = s.repositoryId;
            requiresRepository = s.requiresRepository;
            organizationId = s.organizationId;
            projectName = s.projectName;
            resources = s.resources;
            env = s.env;
            maxDurationSeconds = s.maxDurationSeconds;
            workType = s.workType;
            mode = s.mode;
            harness = s.harness;
            harnessOptions = s.harnessOptions;
            model = s.model;
            prompt = s.prompt;
            title = s.title;
            body = s.body;
            branch = s.branch;
            toolchain = s.toolchain;
            budget = s.budget;
            issueId = s.issueId;
            issueIdentifier = s.issueIdentifier;
            promptContext = s.promptContext;
            systemPromptOverride = s.systemPromptOverride;
            memoryBlock = s.memoryBlock;
            company = s.company;
            authMode = s.authMode;
            platformAllowed = s.platformAllowed;
            injectEnvNames = s.injectEnvNames;
            credentialRequirements = s.credentialRequirements;
            signature = s.signature;
            extra = s.extra;
        }

        public Builder sessionId(String value) { sessionId = value; return this; }
        public Builder repository(String value) { repository = value; return this; }
        public Builder ref(String value) { ref = value; return this; }
        public Builder projectId(String value) { projectId = value; return this; }
        public Builder repositoryId(String value) { repositoryId = value; return this; }
        public Builder requiresRepository(Boolean value) { requiresRepository = value; return this; }
        public Builder organizationId(String value) { organizationId = value; return this; }
        public Builder projectName(String value) { projectName = value; return this; }
        public Builder resources(Resources value) { resources = value; return this; }
        public Builder env(Map<String, String> value) { env = value; return this; }
        public Builder maxDurationSeconds(Long value) { maxDurationSeconds = value; return this; }
        public Builder workType(String value) { workType = value; return this; }
        public Builder mode(SessionMode value) { mode = value; return this; }
        public Builder harness(String value) { harness = value; return this; }
        public Builder harnessOptions(Map<String, Object> value) { harnessOptions = value; return this; }
        public Builder model(String value) { model = value; return this; }
        public Builder prompt(String value) { prompt = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder branch(String value) { branch = value; return this; }
        public Builder toolchain(Map<String, String> value) { toolchain = value; return this; }
        public Builder budget(Budget value) { budget = value; return this; }
        public Builder issueId(String value) { issueId = value; return this; }
        public Builder issueIdentifier(String value) { issueIdentifier = value; return this; }
        public Builder promptContext(String value) { promptContext = value; return this; }
        public Builder systemPromptOverride(String value) { systemPromptOverride = value; return this; }
        public Builder memoryBlock(String value) { memoryBlock = value; return this; }
        public Builder company(String value) { company = value; return this; }
        public Builder authMode(AuthMode value) { authMode = value; return this; }
        public Builder platformAllowed(List<AuthMode> value) { platformAllowed = value; return this; }
        public Builder injectEnvNames(List<String> value) { injectEnvNames = value; return this; }
        public Builder credentialRequirements(List<String> value) { credentialRequirements = value; return this; }
        public Builder signature(SpecSignature value) { signature = value; return this; }
        public Builder extra(Map<String, Object> value) { extra = value; return this; }

        /** Validates and builds the spec. */
        public SessionSpec build() {
            return new SessionSpec(sessionId, repository, ref, projectId, repositoryId, requiresRepository,
                    organizationId, projectName, resources, env, maxDurationSeconds, workType, mode, harness,
                    harnessOptions, model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }
    }
}
