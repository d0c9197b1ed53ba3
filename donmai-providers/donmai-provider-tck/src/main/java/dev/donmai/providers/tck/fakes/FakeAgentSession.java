package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.MessageInjector;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One scripted session of {@link FakeHarnessProvider}. Steps run one after another on the host scheduler; a small
 * normaliser between the script and {@link #events()} applies the rules a real adapter's normaliser applies: an
 * {@code Init} first, duplicates demoted, unparseable lines as notices, nothing after the terminal,
 * {@code silent-exit} at an end without terminal, {@code killed} on stop.
 */
final class FakeAgentSession implements AgentSession {

    private final SessionKey key;
    private final String nativeId;
    private final ProviderHost host;
    private final List<FakeScripts.Step> script;
    private final Consumer<FakeAgentSession> onClosed;
    private final FakePullStream<AgentEvent> stream = new FakePullStream<>();
    private boolean initSeen;
    private boolean terminated;
    private boolean closed;
    private int droppedAfterTerminal;
    private ScheduledFuture<?> pending;

    FakeAgentSession(SessionKey key, String nativeId, ProviderHost host, List<FakeScripts.Step> script,
            Consumer<FakeAgentSession> onClosed) {
        this.key = key;
        this.nativeId = nativeId;
        this.host = host;
        this.script = script;
        this.onClosed = onClosed;
    }

    synchronized void start() {
        schedule(0);
    }

    @Override
    public SessionKey key() {
        return key;
    }

    @Override
    public synchronized Optional<String> nativeSessionId() {
        return initSeen ? Optional.of(nativeId) : Optional.empty();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.empty();
    }

    @Override
    public PullStream<AgentEvent> events() {
        return stream;
    }

    @Override
    public Optional<MessageInjector> injector() {
        return Optional.of((message, timeout) -> inject(message));
    }

    @Override
    public synchronized void stop(StopMode mode, Duration grace) {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!terminated) {
            emit(new AgentEvent.Error(host.clock().instant(), AgentEvent.Error.KILLED, mode.wire(), null, false));
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stop(StopMode.IMMEDIATE, Duration.ZERO);
        onClosed.accept(this);
    }

    /** Events the script produced after the terminal, dropped as a real normaliser drops them. */
    synchronized int droppedAfterTerminal() {
        return droppedAfterTerminal;
    }

    private synchronized void inject(String message) {
        if (terminated) {
            throw new ProviderException.OperationFailed("inject", "session-ended", false);
        }
        emit(new AgentEvent.SystemNotice(host.clock().instant(), "user_message", message, null, null, null));
    }

    private void schedule(int index) {
        if (index >= script.size() || terminated) {
            return;
        }
        try {
            pending = host.scheduler().schedule(() -> run(index), script.get(index).delayMs(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The host is shutting down: end the stream the way a vanished process would.
            emit(new AgentEvent.Error(host.clock().instant(), AgentEvent.Error.SILENT_EXIT, "host stopped", null,
                    true));
        }
    }

    private synchronized void run(int index) {
        pending = null;
        FakeScripts.Step step = script.get(index);
        if (step instanceof FakeScripts.Emit emit) {
            emit(emit.event().apply(host.clock().instant(), nativeId));
        } else if (step instanceof FakeScripts.Garbage garbage) {
            emit(new AgentEvent.SystemNotice(host.clock().instant(), AgentEvent.SystemNotice.UNPARSED, null,
                    garbage.line(), null, null));
        } else if (!terminated) {
            emit(new AgentEvent.Error(host.clock().instant(), AgentEvent.Error.SILENT_EXIT,
                    "the harness ended without a result", 0, false));
        }
        schedule(index + 1);
    }

    /** The normaliser: everything the session emits passes here, under the session's lock. */
    private void emit(AgentEvent event) {
        if (terminated) {
            droppedAfterTerminal++;
            return;
        }
        if (!initSeen && !(event instanceof AgentEvent.Init)) {
            stream.offer(AgentEvent.Init.synthesized(event.observedAt()));
            initSeen = true;
        } else if (initSeen && event instanceof AgentEvent.Init init) {
            event = new AgentEvent.SystemNotice(init.observedAt(), AgentEvent.SystemNotice.DUPLICATE_INIT, null, null,
                    null, null);
        }
        initSeen = true;
        stream.offer(event);
        if (event.isTerminal()) {
            terminated = true;
            stream.complete();
        }
    }
}
