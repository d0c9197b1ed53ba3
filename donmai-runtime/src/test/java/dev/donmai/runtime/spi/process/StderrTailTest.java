package dev.donmai.runtime.spi.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrTailTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLastBytesAndLogsEverythingUnderTheCap() throws IOException {
        Path log = dir.resolve(".agent/harness.stderr.log");
        try (StderrTail tail = StderrTail.of(log, 16, 40)) {
            for (int i = 0; i < 10; i++) {
                tail.writeLine("line-" + i);
            }
            assertThat(tail.tail()).isEqualTo("7\nline-8\nline-9\n");
            assertThat(tail.totalBytes()).isEqualTo(70);
            assertThat(tail.loggedBytes()).isEqualTo(40);
            assertThat(tail.logTruncated()).isTrue();
        }
        assertThat(Files.readString(log)).hasSize(40).startsWith("line-0\n");
    }

    @Test
    void defaultsAreTwoKibAndTenMib() {
        try (StderrTail tail = StderrTail.toFile(dir.resolve("e.log"))) {
            byte[] chunk = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);
            tail.write(chunk, 0, chunk.length);
            assertThat(tail.tail()).hasSize(StderrTail.DEFAULT_TAIL_BYTES);
        }
        assertThat(StderrTail.DEFAULT_LOG_CAP_BYTES).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void aCharacterCutAtTheStartIsDropped() {
        StderrTail tail = StderrTail.of(null, 4, 0);
        byte[] bytes = "aé€".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 bytes
        tail.write(bytes, 0, bytes.length);
        assertThat(tail.tail()).isEqualTo("€");
        assertThat(tail.logTruncated()).isFalse();
    }
}
