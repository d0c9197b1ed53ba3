package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.kit.KitCapabilities;
import dev.donmai.contracts.kit.KitContext;
import dev.donmai.contracts.kit.KitContribution;
import dev.donmai.contracts.kit.KitDetection;
import dev.donmai.contracts.kit.KitProvider;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.EndpointRequest;
import dev.donmai.contracts.model.ModelEndpointCapabilities;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.requester.AdmissionResult;
import dev.donmai.contracts.requester.RequestedWork;
import dev.donmai.contracts.requester.RequesterCapabilities;
import dev.donmai.contracts.requester.RequesterProvider;
import dev.donmai.contracts.requester.RequesterRequest;
import dev.donmai.contracts.requester.RequesterResponse;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.vcs.ChangeRef;
import dev.donmai.contracts.vcs.ChangeRequest;
import dev.donmai.contracts.vcs.CloneOptions;
import dev.donmai.contracts.vcs.PullResult;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.contracts.vcs.VcsCapabilities;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.vcs.VcsWorkspace;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Providers that break one family rule each, built by wrapping a correct fake. */
final class BrokenFamilies {

    private BrokenFamilies() {
    }

    /** Its streams lose their first event (the Init): rule 1. */
    static final class NoInitHarness extends Delegating<HarnessCapabilities, HarnessProvider>
            implements HarnessProvider {
        NoInitHarness(HarnessProvider delegate) {
            super(delegate);
        }

        @Override
        public AgentSession spawn(SpawnSpec spec, Duration timeout) {
            return new Session(delegate.spawn(spec, timeout), true, false);
        }
    }

    /** Its stop does nothing, so a hanging stream never ends: rule 5. */
    static final class DeafHarness extends Delegating<HarnessCapabilities, HarnessProvider>
            implements HarnessProvider {
        DeafHarness(HarnessProvider delegate) {
            super(delegate);
        }

        @Override
        public AgentSession spawn(SpawnSpec spec, Duration timeout) {
            return new Session(delegate.spawn(spec, timeout), false, true);
        }
    }

    private record Session(AgentSession delegate, boolean dropFirst, boolean ignoreStop) implements AgentSession {
        @Override
        public SessionKey key() {
            return delegate.key();
        }

        @Override
        public Optional<String> nativeSessionId() {
            return delegate.nativeSessionId();
        }

        @Override
        public Optional<ProcessHandle> process() {
            return delegate.process();
        }

        @Override
        public PullStream<AgentEvent> events() {
            PullStream<AgentEvent> inner = delegate.events();
            if (!dropFirst) {
                return inner;
            }
            return new PullStream<>() {
                private boolean dropped;

                @Override
                public Optional<AgentEvent> next(Duration timeout) {
                    Optional<AgentEvent> next = inner.next(timeout);
                    if (!dropped && next.isPresent()) {
                        dropped = true;
                        return inner.next(timeout);
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return inner.isFinished();
                }

                @Override
                public void close() {
                    inner.close();
                }
            };
        }

        @Override
        public void stop(StopMode mode, Duration grace) {
            if (!ignoreStop) {
                delegate.stop(mode, grace);
            }
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** A second terminate throws instead of answering Terminated again. */
    static final class OneShotTerminateSandbox extends Delegating<SandboxCapabilities, SandboxProvider>
            implements SandboxProvider {
        private final Set<String> terminated = new HashSet<>();

        OneShotTerminateSandbox(SandboxProvider delegate) {
            super(delegate);
        }

        @Override
        public SandboxHandle provision(SandboxSpec spec, Duration timeout) {
            return delegate.provision(spec, timeout);
        }

        @Override
        public SandboxStatus status(SandboxHandle handle, Duration timeout) {
            return delegate.status(handle, timeout);
        }

        @Override
        public synchronized SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout) {
            if (!terminated.add(handle.externalId())) {
                throw new ProviderException.OperationFailed("terminate", "already-terminated", false);
            }
            return delegate.terminate(handle, timeout);
        }
    }

    /** A release with another mode after the first is accepted instead of being a ReleaseConflict. */
    static final class ForgetfulWorkarea extends Delegating<WorkareaCapabilities, WorkareaProvider>
            implements WorkareaProvider {
        ForgetfulWorkarea(WorkareaProvider delegate) {
            super(delegate);
        }

        @Override
        public Workarea acquire(WorkareaSpec spec, Duration timeout) {
            return delegate.acquire(spec, timeout);
        }

        @Override
        public ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout) {
            try {
                return delegate.release(workarea, mode, timeout);
            } catch (ProviderException.ReleaseConflict e) {
                return ReleaseOutcome.asRequested(mode);
            }
        }
    }

    /** A conflicted pull is reported as Clean. */
    static final class SilentMergeVcs extends Delegating<VcsCapabilities, VcsProvider> implements VcsProvider {
        SilentMergeVcs(VcsProvider delegate) {
            super(delegate);
        }

        @Override
        public VcsWorkspace clone(String uri, Path destination, CloneOptions options, Duration timeout) {
            return delegate.clone(uri, destination, options, timeout);
        }

        @Override
        public ChangeRef recordChange(VcsWorkspace workspace, ChangeRequest change, Duration timeout) {
            return delegate.recordChange(workspace, change, timeout);
        }

        @Override
        public PushResult push(VcsWorkspace workspace, String target, Duration timeout) {
            return delegate.push(workspace, target, timeout);
        }

        @Override
        public PullResult pull(VcsWorkspace workspace, String source, Duration timeout) {
            PullResult result = delegate.pull(workspace, source, timeout);
            return result instanceof PullResult.Conflicted ? PullResult.CLEAN : result;
        }
    }

    /** Detection writes a cache file into the tree it inspects. */
    static final class LitteringKit extends Delegating<KitCapabilities, KitProvider> implements KitProvider {
        LitteringKit(KitProvider delegate) {
            super(delegate);
        }

        @Override
        public KitDetection detect(Path root, Os os, Arch arch, Duration timeout) {
            try {
                Files.writeString(root.resolve(".kit-cache"), "seen");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return delegate.detect(root, os, arch, timeout);
        }

        @Override
        public KitContribution provide(KitContext context, Duration timeout) {
            return delegate.provide(context, timeout);
        }
    }

    /** No common protocol makes resolve throw an IllegalStateException instead of Unsupported. */
    static final class SloppyModelEndpoint extends Delegating<ModelEndpointCapabilities, ModelEndpointProvider>
            implements ModelEndpointProvider {
        SloppyModelEndpoint(ModelEndpointProvider delegate) {
            super(delegate);
        }

        @Override
        public EndpointBinding resolve(EndpointRequest request) {
            try {
                return delegate.resolve(request);
            } catch (ProviderException.Unsupported e) {
                throw new IllegalStateException("no protocol");
            }
        }
    }

    /** Admits any bearer: not fail-closed. */
    static final class OpenDoorRequester extends Delegating<RequesterCapabilities, RequesterProvider>
            implements RequesterProvider {
        OpenDoorRequester(RequesterProvider delegate) {
            super(delegate);
        }

        @Override
        public AdmissionResult admit(RequesterRequest request, Duration timeout) {
            AdmissionResult result = delegate.admit(request, timeout);
            return result instanceof AdmissionResult.Denied
                    ? new AdmissionResult.Admitted("external:anyone:anyone", new RequestedWork("x", null, null, null,
                            Map.of()))
                    : result;
        }

        @Override
        public void respond(RequesterResponse response, Duration timeout) {
            delegate.respond(response, timeout);
        }
    }
}
