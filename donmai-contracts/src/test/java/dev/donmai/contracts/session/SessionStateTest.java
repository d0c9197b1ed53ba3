package dev.donmai.contracts.session;

import static dev.donmai.contracts.session.SessionState.ACCEPTED;
import static dev.donmai.contracts.session.SessionState.COMPLETED;
import static dev.donmai.contracts.session.SessionState.FAILED;
import static dev.donmai.contracts.session.SessionState.FINISHING;
import static dev.donmai.contracts.session.SessionState.INTERRUPTED;
import static dev.donmai.contracts.session.SessionState.PROVISIONING;
import static dev.donmai.contracts.session.SessionState.RUNNING;
import static dev.donmai.contracts.session.SessionState.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionStateTest {

    /** sessions.md §2 "Leaves to", plus crash recovery moving any non-terminal state to interrupted. */
    private static final Map<SessionState, Set<SessionState>> ALLOWED = Map.of(
            ACCEPTED, EnumSet.of(PROVISIONING, TERMINATED, INTERRUPTED),
            PROVISIONING, EnumSet.of(RUNNING, FAILED, TERMINATED, INTERRUPTED),
            RUNNING, EnumSet.of(FINISHING, INTERRUPTED),
            FINISHING, EnumSet.of(COMPLETED, FAILED, TERMINATED, INTERRUPTED),
            COMPLETED, EnumSet.noneOf(SessionState.class),
            FAILED, EnumSet.noneOf(SessionState.class),
            TERMINATED, EnumSet.noneOf(SessionState.class),
            INTERRUPTED, EnumSet.noneOf(SessionState.class));

    @Test
    void transitionsAreExactlyThoseOfTheStateTable() {
        for (SessionState from : SessionState.values()) {
            for (SessionState to : SessionState.values()) {
                assertThat(from.canTransitionTo(to)).as(from + " -> " + to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.successors()).isEqualTo(ALLOWED.get(from));
            assertThat(from.canTransitionTo(null)).isFalse();
        }
    }

    @Test
    void runningCannotSkipFinishing() {
        assertThat(RUNNING.canTransitionTo(COMPLETED)).isFalse();
        assertThat(RUNNING.canTransitionTo(FAILED)).isFalse();
        assertThat(RUNNING.canTransitionTo(TERMINATED)).isFalse();
        assertThat(ACCEPTED.canTransitionTo(RUNNING)).isFalse();
    }

    @Test
    void terminalStatesAreTheLastFourAndOnlyThreeRequireAFailureMode() {
        assertThat(EnumSet.allOf(SessionState.class).stream().filter(SessionState::isTerminal))
                .containsExactly(COMPLETED, FAILED, TERMINATED, INTERRUPTED);
        assertThat(EnumSet.allOf(SessionState.class).stream().filter(SessionState::requiresFailureMode))
                .containsExactly(FAILED, TERMINATED, INTERRUPTED);
    }

    @Test
    void successorsCannotBeModified() {
        Set<SessionState> next = ACCEPTED.successors();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> next.add(COMPLETED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ACCEPTED.canTransitionTo(COMPLETED)).isFalse();
    }
}
