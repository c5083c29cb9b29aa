package dev.threatmodelbot.adapter.slack;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.DocumentReader;
import dev.threatmodelbot.application.port.SharedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads files shared in a thread with the bot token ({@code files:read}). The token goes only to
 * Slack's own hosts (or the configured API host), and redirects are followed only between them, so
 * a crafted file URL cannot carry the token elsewhere. Slack answers an unauthorised download with
 * its sign-in page rather than an error; that is recognised and refused.
 */
final class SlackFiles {
    private static final int MAX_REDIRECTS = 3;
    private final String token;
    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    SlackFiles(String token, String apiUrl) {
        this.token = token;
        this.api = URI.create(apiUrl);
    }

    byte[] download(SharedFile file) {
        URI uri = parse(file.downloadUrl());
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!trusted(uri)) {
                throw new ChatException("file_host_not_trusted", false, null);
            }
            HttpResponse<InputStream> response = get(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                Optional<String> location = response.headers().firstValue("Location");
                close(response);
                if (location.isEmpty()) {
                    throw new ChatException("file_redirect_without_location", false, null);
                }
                uri = uri.resolve(location.get());
                continue;
            }
            if (status == 429 || status >= 500) {
                close(response);
                throw new ChatException("file_download_http_" + status, true, null);
            }
            if (status != 200) {
                close(response);
                throw new ChatException(status == 404 ? "file_not_found" : "file_download_http_" + status, false,
                        null);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html") && !file.name().toLowerCase(Locale.ROOT).endsWith(".html")) {
                close(response);
                throw new ChatException("not_authed_for_file", false, null);
            }
            return body(response);
        }
        throw new ChatException("too_many_file_redirects", false, null);
    }

    private boolean trusted(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if ("https".equals(uri.getScheme()) && (host.equals("slack.com") || host.endsWith(".slack.com")
                || host.endsWith(".slack-edge.com"))) {
            return true;
        }
        // the configured API host (a proxy, a test fake): same scheme, host and port, or nothing
        return host.equals(api.getHost()) && uri.getScheme() != null && uri.getScheme().equals(api.getScheme())
                && uri.getPort() == api.getPort();
    }

    private HttpResponse<InputStream> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ChatException("file_download_failed", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException("interrupted", true, e);
        }
    }

    private static byte[] body(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) DocumentReader.MAX_BYTES + 1);
            if (bytes.length > DocumentReader.MAX_BYTES) {
                throw new ChatException("file_too_large", false, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ChatException("file_download_failed", true, e);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing left to read
        }
    }

    private static URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ChatException("file_url_invalid", false, e);
        }
    }
}
