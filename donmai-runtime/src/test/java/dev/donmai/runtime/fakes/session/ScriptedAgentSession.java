package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One scripted session: the script runs on a thread; events go through a tiny adapter-side normaliser (nothing after
 * the terminal, {@code silent-exit} when the script ends without one, {@code killed} on stop).
 */
public final class ScriptedAgentSession implements AgentSession {

    private final SpawnSpec spec;
    private final Script script;
    private final Clock clock;
    private final LinkedBlockingQueue<AgentEvent> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean terminated;
    private volatile boolean stopped;
    private volatile StopMode stopMode;
    private volatile int dropped;
    private volatile boolean closed;

    ScriptedAgentSession(SpawnSpec spec, Script script, Clock clock) {
        this.spec = spec;
        this.script = script;
        this.clock = clock;
        this.thread = new Thread(this::play, "scripted-" + spec.key().sessionId());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void play() {
        try {
            for (Script.Step step : script.steps) {
                if (stopped && !script.ignoreStop) {
                    return;
                }
                if (step instanceof Script.Emit emit) {
                    emit(emit.event().apply(clock.instant()));
                } else if (step instanceof Script.Act act) {
                    act.action().accept(spec.cwd());
                } else if (step instanceof Script.Await await) {
                    await.latch().await();
                } else if (step instanceof Script.Hang) {
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
            if (!terminated) {
                emit(new AgentEvent.Error(clock.instant(), AgentEvent.Error.SILENT_EXIT, "no result", 0, false));
            }
        } catch (InterruptedException e) {
            // Stopped.
        }
    }

    private synchronized void emit(AgentEvent event) {
        if (terminated) {
            dropped++;
            return;
        }
        queue.add(event);
        if (event.isTerminal()) {
            terminated = true;
        }
    }

    /** Events the script produced after its terminal. */
    public int dropped() {
        return dropped;
    }

    public boolean stopped() {
        return stopped;
    }

    public StopMode stopMode() {
        return stopMode;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public SessionKey key() {
        return spec.key();
    }

    @Override
    public Optional<String> nativeSessionId() {
        return Optional.of("native-1");
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.empty();
    }

    @Override
    public PullStream<AgentEvent> events() {
        return new PullStream<>() {
            @Override
            public Optional<AgentEvent> next(Duration timeout) {
                try {
                    return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }

            @Override
            public boolean isFinished() {
                return terminated && queue.isEmpty();
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        };
    }

    @Override
    public void stop(StopMode mode, Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        stopMode = mode;
        if (script.ignoreStop) {
            return;
        }
        thread.interrupt();
        emit(new AgentEvent.Error(clock.instant(), AgentEvent.Error.KILLED, "stopped", null, false));
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
