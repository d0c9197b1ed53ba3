package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.issues.Issue;
import dev.donmai.contracts.issues.IssueComment;
import dev.donmai.contracts.issues.IssueComments;
import dev.donmai.contracts.issues.IssueEvent;
import dev.donmai.contracts.issues.IssueEventKind;
import dev.donmai.contracts.issues.IssuePage;
import dev.donmai.contracts.issues.IssueQuery;
import dev.donmai.contracts.issues.IssueRef;
import dev.donmai.contracts.issues.IssueTrackerCapabilities;
import dev.donmai.contracts.issues.IssueTrackerProvider;
import dev.donmai.contracts.issues.IssueTransitions;
import dev.donmai.contracts.issues.IssueWebhooks;
import dev.donmai.contracts.issues.WebhookDelivery;
import dev.donmai.contracts.issues.WebhookOutcome;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An issue tracker in memory, seeded with three issues in project {@code tck} on the workflow
 * {@code open → in-progress → done}. A webhook body is {@code <issueId> <kind>} (e.g. {@code 1 closed}), signed in
 * the header {@value #SIGNATURE_HEADER} with {@link #sign(String, String)}.
 */
public final class FakeIssueTrackerProvider extends FakeProvider<IssueTrackerCapabilities>
        implements IssueTrackerProvider {

    /** The webhook secret when none is configured. */
    public static final String DEFAULT_WEBHOOK_SECRET = "tck-webhook-secret";
    /** The header that carries a webhook's signature. */
    public static final String SIGNATURE_HEADER = "X-Tck-Signature";

    private static final Map<String, List<String>> WORKFLOW = Map.of(
            "open", List.of("in-progress"), "in-progress", List.of("done", "open"), "done", List.of("open"));

    private final Secret webhookSecret;
    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Map<String, List<IssueComment>> comments = new LinkedHashMap<>();
    private long counter;

    FakeIssueTrackerProvider(ProviderManifest<IssueTrackerCapabilities> manifest, ProviderScope scope,
            Secret webhookSecret) {
        super(manifest, scope);
        this.webhookSecret = webhookSecret;
    }

    /** The signature of {@code body} under {@code secret}, for the {@value #SIGNATURE_HEADER} header. */
    public static String sign(String secret, String body) {
        return FakeDigest.sign(secret, body);
    }

    @Override
    protected synchronized void onActivate(ProviderHost host) {
        Instant now = now(host);
        seed("1", "Fix the login page", "open", List.of("bug"), now);
        seed("2", "Add a dark theme", "in-progress", List.of("feature"), now);
        seed("3", "Update dependencies", "done", List.of("chore"), now);
    }

    @Override
    public synchronized IssuePage list(IssueQuery query, Duration timeout) {
        enter("list");
        List<Issue> matching = issues.values().stream()
                .filter(i -> query.project() == null || query.project().equals("tck"))
                .filter(i -> query.statuses().isEmpty() || query.statuses().contains(i.status()))
                .filter(i -> query.labels().isEmpty() || i.labels().stream().anyMatch(query.labels()::contains))
                .filter(i -> query.assignee() == null || query.assignee().equals(i.assignee()))
                .filter(i -> query.text() == null || i.title().toLowerCase(Locale.ROOT)
                        .contains(query.text().toLowerCase(Locale.ROOT)))
                .toList();
        int from = query.cursor() == null ? 0 : parseCursor(query.cursor());
        int to = Math.min(matching.size(), from + query.limit());
        String next = to < matching.size() ? String.valueOf(to) : null;
        return new IssuePage(matching.subList(Math.min(from, to), to), next);
    }

    @Override
    public synchronized Optional<Issue> fetchCurrentState(IssueRef ref, Duration timeout) {
        enter("fetchCurrentState");
        return ref.providerId().equals(manifest().id()) ? Optional.ofNullable(issues.get(ref.id())) : Optional.empty();
    }

    @Override
    public Optional<IssueWebhooks> webhooks() {
        return Optional.of(this::normalize);
    }

    @Override
    public Optional<IssueComments> comments() {
        return Optional.of(new IssueComments() {
            @Override
            public List<IssueComment> list(IssueRef issue, Duration timeout) {
                synchronized (FakeIssueTrackerProvider.this) {
                    enter("comments.list");
                    return List.copyOf(comments.getOrDefault(existing(issue, "comments.list").ref().id(), List.of()));
                }
            }

            @Override
            public IssueComment add(IssueRef issue, String body, Duration timeout) {
                synchronized (FakeIssueTrackerProvider.this) {
                    ProviderHost host = enter("comments.add");
                    Issue target = existing(issue, "comments.add");
                    IssueComment comment = new IssueComment("c-" + (++counter), target.ref(), "tck", body, now(host));
                    comments.computeIfAbsent(target.ref().id(), k -> new ArrayList<>()).add(comment);
                    return comment;
                }
            }
        });
    }

    @Override
    public Optional<IssueTransitions> transitions() {
        return Optional.of(new IssueTransitions() {
            @Override
            public List<String> available(IssueRef issue, Duration timeout) {
                synchronized (FakeIssueTrackerProvider.this) {
                    enter("transitions.available");
                    return WORKFLOW.get(existing(issue, "transitions.available").status());
                }
            }

            @Override
            public Issue transition(IssueRef issue, String status, Duration timeout) {
                synchronized (FakeIssueTrackerProvider.this) {
                    ProviderHost host = enter("transitions.transition");
                    Issue current = existing(issue, "transitions.transition");
                    if (!WORKFLOW.get(current.status()).contains(status)) {
                        throw new ProviderException.OperationFailed("transitions.transition",
                                "transition-not-allowed", false);
                    }
                    Issue moved = new Issue(current.ref(), current.title(), current.body(), status,
                            status.equals("done"), current.labels(), current.assignee(), now(host));
                    issues.put(current.ref().id(), moved);
                    return moved;
                }
            }
        });
    }

    private WebhookOutcome normalize(WebhookDelivery delivery) {
        enter("normalizeEvent");
        String expected = sign(webhookSecret.reveal(), delivery.body());
        String actual = delivery.header(SIGNATURE_HEADER).map(Secret::reveal).orElse(null);
        if (!FakeDigest.matches(expected, actual)) {
            return new WebhookOutcome.Rejected("bad-signature");
        }
        String[] parts = delivery.body().trim().split("\\s+");
        if (parts.length != 2) {
            return new WebhookOutcome.Ignored("unrecognised-body");
        }
        IssueEventKind kind;
        try {
            kind = IssueEventKind.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return new WebhookOutcome.Ignored("unknown-kind");
        }
        IssueRef ref = IssueRef.of(manifest().id(), parts[0]);
        // Pure and deterministic: the event id and time derive from the delivery, not from a clock or counter.
        return new WebhookOutcome.Accepted(new IssueEvent(FakeDigest.sign("event", delivery.body()).substring(0, 16),
                kind, ref, null, delivery.receivedAt()));
    }

    private Issue existing(IssueRef ref, String verb) {
        Issue issue = ref.providerId().equals(manifest().id()) ? issues.get(ref.id()) : null;
        if (issue == null) {
            throw new ProviderException.OperationFailed(verb, "unknown-issue", false);
        }
        return issue;
    }

    private void seed(String id, String title, String status, List<String> labels, Instant at) {
        IssueRef ref = new IssueRef(manifest().id(), id, "TCK-" + id, null);
        issues.putIfAbsent(id, new Issue(ref, title, null, status, status.equals("done"), labels, null, at));
    }

    private static int parseCursor(String cursor) {
        try {
            return Math.max(0, Integer.parseInt(cursor));
        } catch (NumberFormatException e) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "cursor");
        }
    }
}
