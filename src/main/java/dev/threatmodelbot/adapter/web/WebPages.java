package dev.threatmodelbot.adapter.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** The page itself: plain HTML, CSS and JavaScript from the jar, nothing from anywhere else. */
final class WebPages extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/markup.js", "markup.js",
            "/app.css", "app.css",
            "/login", "login.html",
            "/login.js", "login.js");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
            + "data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient WebGuard guard;

    WebPages(WebGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Optional<WebGuard.Refusal> why = guard.check(req, false);
        if (why.filter(w -> w == WebGuard.Refusal.NOT_LOCAL).isPresent()) {
            resp.sendError(403);
            return;
        }
        String name = FILES.get(path);
        if (why.isPresent() && !"/app.css".equals(path) && !"/login.js".equals(path)) {
            name = "login.html"; // the secret first
        }
        if (name == null) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(type(name));
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Referrer-Policy", "no-referrer");
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static String type(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript";
        }
        return name.endsWith(".css") ? "text/css" : "text/html";
    }
}
