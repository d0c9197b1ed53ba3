package dev.donmai.providers.git;

import dev.donmai.contracts.vcs.PushRejectReason;
import dev.donmai.contracts.vcs.PushResult;
import dev.donmai.runtime.spi.git.GitResult;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a failed {@code git push --porcelain} as the contracts' {@link PushResult.Rejected}: a ref line flagged
 * {@code !} with {@code [rejected]} (non-fast-forward, fetch first, stale info) is {@code NON_FAST_FORWARD}, with
 * {@code [remote rejected]} (a hook, branch protection, a checked-out branch) {@code POLICY}; an authentication
 * failure on standard error is {@code AUTH}. Anything else (network down, no such remote) is no answer: the caller
 * treats it as a fault.
 */
final class PushOutcomes {

    private PushOutcomes() {
    }

    static Optional<PushResult.Rejected> rejection(GitResult result) {
        for (String line : result.stdout().split("\n")) {
            if (!line.startsWith("!")) {
                continue;
            }
            String summary = line.contains("\t") ? line.substring(line.lastIndexOf('\t') + 1).strip() : line.strip();
            String details = summary.isEmpty() ? null : redact(summary);
            if (summary.startsWith("[remote rejected]")) {
                return Optional.of(new PushResult.Rejected(PushRejectReason.POLICY, details));
            }
            return Optional.of(new PushResult.Rejected(PushRejectReason.NON_FAST_FORWARD, details));
        }
        String err = result.stderr().toLowerCase(Locale.ROOT);
        if (err.contains("authentication failed") || err.contains("could not read username")
                || err.contains("could not read password") || err.contains("terminal prompts disabled")
                || err.contains("permission denied") || err.contains("error: 401") || err.contains("error: 403")
                || err.contains("access denied") || err.contains("invalid username or password")) {
            return Optional.of(new PushResult.Rejected(PushRejectReason.AUTH, "authentication failed"));
        }
        if (err.contains("protected branch") || err.contains("hook declined") || err.contains("gh006")) {
            return Optional.of(new PushResult.Rejected(PushRejectReason.POLICY, "refused by the remote's policy"));
        }
        return Optional.empty();
    }

    private static String redact(String text) {
        return text.replaceAll("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]+@", "$1***@");
    }
}
