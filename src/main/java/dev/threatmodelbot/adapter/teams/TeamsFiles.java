package dev.threatmodelbot.adapter.teams;

import dev.threatmodelbot.application.chat.SurfaceRecords;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files the bot shows in Teams (the diagram, the model files), which a bot cannot upload into a channel: each is kept
 * for a while under an unguessable name and served from {@code PUBLIC_BASE_URL/teams/files/<name>/<filename>}.
 */
final class TeamsFiles {
    static final Duration KEEP = Duration.ofDays(30);
    static final String PATH = "/teams/files/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurfaceRecords records;
    private final URI base;

    TeamsFiles(SurfaceRecords records, URI publicBaseUrl) {
        this.records = records;
        String b = publicBaseUrl.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    }

    /** Keeps the file and returns the link to it. */
    String keep(String filename, byte[] content) {
        byte[] name = new byte[24];
        RANDOM.nextBytes(name);
        String id = HexFormat.of().formatHex(name);
        String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        records.put("teams:file:" + id, safe + "\n" + Base64.getEncoder().encodeToString(content), KEEP);
        return base + PATH + id + "/" + safe;
    }

    /** {@code GET /teams/files/<name>/<filename>}: the file while it is kept, else 404. */
    HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                String[] parts = Optional.ofNullable(req.getPathInfo()).orElse("").replaceFirst("^/", "").split("/");
                Optional<String> kept = parts.length == 2 && parts[0].matches("[0-9a-f]{48}")
                        ? records.get("teams:file:" + parts[0]) : Optional.empty();
                int cut = kept.map(k -> k.indexOf('\n')).orElse(-1);
                if (cut < 0 || !kept.get().substring(0, cut).equals(parts[1])) {
                    resp.setStatus(404);
                    resp.setContentType("text/plain");
                    resp.getWriter().write("This link has expired or never existed.\n");
                    return;
                }
                byte[] content = Base64.getDecoder().decode(kept.get().substring(cut + 1));
                String name = parts[1];
                resp.setContentType(name.endsWith(".png") ? "image/png" : name.endsWith(".json") ? "application/json"
                        : name.endsWith(".md") ? "text/markdown; charset=utf-8" : name.endsWith(".yaml")
                                ? "application/yaml" : "application/octet-stream");
                resp.setHeader("Cache-Control", "private, max-age=3600");
                resp.setHeader("X-Content-Type-Options", "nosniff");
                if (!name.endsWith(".png")) {
                    resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
                }
                resp.getOutputStream().write(content);
            }
        };
    }
}
