package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolIndexSettingTest {

    @Test
    void memoryIsTheDefaultAndStateDbUsesTheStateHomesFile() {
        WorkareaSettings memory = WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h")));
        assertThat(memory.poolIndex()).isEqualTo(WorkareaSettings.PoolIndexKind.MEMORY);
        assertThat(memory.newPoolIndex()).isInstanceOf(InMemoryPoolIndex.class);
        WorkareaSettings db = WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "poolIndex", "state-db")));
        assertThat(db.newPoolIndex()).isInstanceOfSatisfying(StateDbPoolIndex.class,
                i -> assertThat(i.file()).hasToString("/h/state.db"));
    }

    @Test
    void anUnknownIndexOrStateDbWithoutAStateHomeIsRefused() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("stateHome", "/h", "poolIndex", "redis"), Map.of("poolIndex", "state-db"))) {
            assertThatThrownBy(() -> WorkareaSettings.from(ProviderConfig.of(bad)))
                    .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                        assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
                        assertThat(e.field()).isEqualTo("poolIndex");
                    });
        }
    }
}
