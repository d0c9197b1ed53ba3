package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.envNames;
import static dev.donmai.contracts.provider.FieldChecks.json;
import static dev.donmai.contracts.provider.FieldChecks.list;
import static dev.donmai.contracts.provider.FieldChecks.map;
import static dev.donmai.contracts.provider.FieldChecks.nonNegative;
import static dev.donmai.contracts.provider.FieldChecks.textList;

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
    public record Builder(String sessionId, String repository, String ref, String projectId, String repositoryId,
            Boolean requiresRepository, String organizationId, String projectName, Resources resources,
            Map<String, String> env, Long maxDurationSeconds, String workType, SessionMode mode, String harness,
            Map<String, Object> harnessOptions, String model, String prompt, String title, String body,
            String branch, Map<String, String> toolchain, Budget budget, String issueId, String issueIdentifier,
            String promptContext, String systemPromptOverride, String memoryBlock, String company,
            AuthMode authMode, List<AuthMode> platformAllowed, List<String> injectEnvNames,
            List<String> credentialRequirements, SpecSignature signature, Map<String, Object> extra) {
        private Builder(String sessionId) {
            this(sessionId, null, null, null, null, null, null, null, null, Map.of(), null, null,
                    SessionMode.AUTONOMOUS, null, Map.of(), null, null, null, null, null, Map.of(), null, null,
                    null, null, null, null, null, null, List.of(), List.of(), List.of(), null, Map.of());
        }

        private Builder(SessionSpec s) {
            this(s.sessionId, s.repository, s.ref, s.projectId, s.repositoryId, s.requiresRepository,
                    s.organizationId, s.projectName, s.resources, s.env, s.maxDurationSeconds, s.workType,
                    s.mode, s.harness, s.harnessOptions, s.model, s.prompt, s.title, s.body, s.branch,
                    s.toolchain, s.budget, s.issueId, s.issueIdentifier, s.promptContext, s.systemPromptOverride,
                    s.memoryBlock, s.company, s.authMode, s.platformAllowed, s.injectEnvNames,
                    s.credentialRequirements, s.signature, s.extra);
        }

        public Builder sessionId(String value) {
            return new Builder(value, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder repository(String value) {
            return new Builder(sessionId, value, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder ref(String value) {
            return new Builder(sessionId, repository, value, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder projectId(String value) {
            return new Builder(sessionId, repository, ref, value, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder repositoryId(String value) {
            return new Builder(sessionId, repository, ref, projectId, value, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder requiresRepository(Boolean value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, value, organizationId, projectName,
                    resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions, model, prompt,
                    title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder organizationId(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, value, projectName,
                    resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions, model, prompt,
                    title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder projectName(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    value, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions, model,
                    prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder resources(Resources value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, value, env, maxDurationSeconds, workType, mode, harness, harnessOptions, model,
                    prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder env(Map<String, String> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, value, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder maxDurationSeconds(Long value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, value, workType, mode, harness, harnessOptions, model, prompt,
                    title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder workType(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, value, mode, harness, harnessOptions, model,
                    prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder mode(SessionMode value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, value, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder harness(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, value, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder harnessOptions(Map<String, Object> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, value, model,
                    prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder model(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    value, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder prompt(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, value, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder title(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, value, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder body(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, value, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder branch(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, value, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder toolchain(Map<String, String> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, value, budget, issueId, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder budget(Budget value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, value, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder issueId(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, value, issueIdentifier, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder issueIdentifier(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, value, promptContext,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder promptContext(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier, value,
                    systemPromptOverride, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder systemPromptOverride(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, value, memoryBlock, company, authMode, platformAllowed, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder memoryBlock(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, value, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder company(String value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, value, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder authMode(AuthMode value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, value, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, extra);
        }

        public Builder platformAllowed(List<AuthMode> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, value, injectEnvNames,
                    credentialRequirements, signature, extra);
        }

        public Builder injectEnvNames(List<String> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed, value,
                    credentialRequirements, signature, extra);
        }

        public Builder credentialRequirements(List<String> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, value, signature, extra);
        }

        public Builder signature(SpecSignature value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, value, extra);
        }

        public Builder extra(Map<String, Object> value) {
            return new Builder(sessionId, repository, ref, projectId, repositoryId, requiresRepository, organizationId,
                    projectName, resources, env, maxDurationSeconds, workType, mode, harness, harnessOptions,
                    model, prompt, title, body, branch, toolchain, budget, issueId, issueIdentifier,
                    promptContext, systemPromptOverride, memoryBlock, company, authMode, platformAllowed,
                    injectEnvNames, credentialRequirements, signature, value);
        }

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
