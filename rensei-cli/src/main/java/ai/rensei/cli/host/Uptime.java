package ai.rensei.cli.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A duration as the two largest non-zero units of hours, minutes and seconds (host.md §1.3): {@code 4h23m},
 * {@code 5m3s}, {@code 42s}, {@code 0s}. Used for the daemon's uptime and a session's age.
 */
public final class Uptime {

    private Uptime() {
    }

    /** The text of {@code duration}; negative durations (clock skew) read {@code 0s}. */
    public static String format(Duration duration) {
        long total = Math.max(0, duration.getSeconds());
        long[] amounts = {total / 3600, total % 3600 / 60, total % 60};
        String[] units = {"h", "m", "s"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < amounts.length && parts.size() < 2; i++) {
            if (amounts[i] > 0) {
                parts.add(amounts[i] + units[i]);
            }
        }
        return parts.isEmpty() ? "0s" : String.join("", parts);
    }

    /** {@link #format(Duration)} of a number of seconds. */
    public static String ofSeconds(long seconds) {
        return format(Duration.ofSeconds(seconds));
    }
}
