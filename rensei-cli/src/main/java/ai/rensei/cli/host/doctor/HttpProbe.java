package ai.rensei.cli.host.doctor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One GET whose only interest is whether, and with which status, the server answers within a time limit. */
final class HttpProbe {

    private HttpProbe() {
    }

    /** The HTTP status of {@code GET uri}, or empty when no reply came within {@code limit} (connect included). */
    static OptionalInt status(URI uri, Duration limit) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(limit)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(limit).GET().build();
        } catch (IllegalArgumentException unsupported) {
            return OptionalInt.empty();
        }
        try {
            HttpResponse<Void> response = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return OptionalInt.of(response.statusCode());
        } catch (ExecutionException | TimeoutException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
