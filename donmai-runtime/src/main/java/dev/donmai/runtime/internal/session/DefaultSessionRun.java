package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.session.FailureMode;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.api.SessionRun;
import dev.donmai.runtime.api.StopResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The {@link SessionRun} of one started session. */
final class DefaultSessionRun implements SessionRun {

    private final SessionContext ctx;
    private final DefaultSessionEngine engine;

    DefaultSessionRun(SessionContext ctx, DefaultSessionEngine engine) {
        this.ctx = ctx;
        this.engine = engine;
    }

    @Override
    public String sessionId() {
        return ctx.sessionId();
    }

    @Override
    public int attempt() {
        return ctx.admission.attempt();
    }

    @Override
    public SessionHandle handle() {
        return ctx.handle();
    }

    @Override
    public CompletionStage<SessionResult> completion() {
        return ctx.completion.minimalCompletionStage();
    }

    @Override
    public SessionResult await() throws InterruptedException {
        try {
            return ctx.completion.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a session completion never fails", e.getCause());
        }
    }

    @Override
    public Optional<SessionResult> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(ctx.completion.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a session completion never fails", e.getCause());
        }
    }

    @Override
    public StopResult stop(FailureMode mode) {
        return engine.stop(this, mode);
    }

    SessionContext context() {
        return ctx;
    }
}
