package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.domain.ConversationAddress;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's JSON API under {@code /api/}: what the page shows, and everything a person does in it.
 * Each request is checked by the {@link WebGuard} before its body is read; each action names who does it
 * ({@code as}, one of the workspace's people) and carries the page's nonce, so a retried request has one
 * effect. Actions go through the same intake as every surface: recorded durably, then answered.
 */
final class WebApi extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);
    static final int MAX_BODY = 16 << 20; // a 10 MB file as base64, with room for the rest

    private final transient WebGuard guard;
    private final transient WebActions actions;
    private final transient WebView view;
    private final transient HostedConversations store;
    private final transient LiveUpdates live;

    WebApi(WebGuard guard, Intake intake, Commands commands, HostedConversations store, ConversationAddress channel,
            Clock clock, Optional<WorkspaceClock> clockControl, LiveUpdates live) {
        this.guard = guard;
        this.store = store;
        this.live = live;
        this.actions = new WebActions(intake, commands, store, channel, clock, clockControl);
        this.view = new WebView(store, channel, clock, clockControl.isPresent());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (refused(req, resp, false)) {
            return;
        }
        String path = String.valueOf(req.getPathInfo());
        try {
            if (path.equals("/state")) {
                String as = req.getParameter("as");
                if (WebPeople.byId(String.valueOf(as)).isEmpty()) {
                    send(resp, 400, error("Pick who you are first."));
                    return;
                }
                send(resp, 200, view.state(as));
            } else if (path.equals("/events")) {
                live.open(req, resp);
            } else if (path.startsWith("/files/")) {
                file(path.substring("/files/".length()), req, resp);
            } else {
                send(resp, 404, error("Nothing here."));
            }
        } catch (RuntimeException e) {
            LOG.error("GET /api{} failed: {}", path, e.toString());
            send(resp, 503, error("The workspace could not answer just now; try again in a moment."));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = String.valueOf(req.getPathInfo());
        if (path.equals("/login")) {
            login(req, resp);
            return;
        }
        if (refused(req, resp, true)) {
            return;
        }
        if (!String.valueOf(req.getContentType()).startsWith("application/json")) {
            send(resp, 415, error("Send JSON."));
            return;
        }
        Optional<JsonNode> body = body(req);
        if (body.isEmpty() || !body.get().isObject()) {
            send(resp, body.isEmpty() && req.getContentLengthLong() > MAX_BODY ? 413 : 400,
                    error(body.isEmpty() && req.getContentLengthLong() > MAX_BODY
                            ? "That is too big: files may be 10 MB at most." : "That request could not be read."));
            return;
        }
        String as = WebStart.text(body.get(), "as");
        if (WebPeople.byId(as).isEmpty()) {
            send(resp, 400, error("Pick who you are first."));
            return;
        }
        try {
            WebActions.Result r = actions.act(path, as, body.get());
            send(resp, r.status(), r.body());
        } catch (IllegalArgumentException e) {
            send(resp, 400, error(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("POST /api{} by {} not recorded: {}", path, as, e.toString());
            send(resp, 503, error("That was not saved — please try again in a moment; nothing was lost."));
        }
    }

    private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<JsonNode> body = body(req);
        Optional<String> token = body.flatMap(b -> guard.admit(WebStart.text(b, "secret")));
        if (token.isEmpty()) {
            send(resp, 401, error("That is not the workspace's secret."));
            return;
        }
        resp.addHeader("Set-Cookie", WebGuard.COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict"
                + (req.isSecure() ? "; Secure" : ""));
        send(resp, 200, WebMessage.JSON.createObjectNode().put("ok", true));
    }

    private void file(String id, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<WebMessage.File> described = view.fileNamed(id);
        Optional<byte[]> bytes = described.isPresent() ? store.file(id) : Optional.empty();
        if (bytes.isEmpty()) {
            send(resp, 404, error("That file is gone."));
            return;
        }
        WebMessage.File f = described.get();
        boolean picture = f.mime().equals("image/png");
        resp.setContentType(picture ? "image/png" : "application/octet-stream");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "sandbox");
        resp.setHeader("Content-Disposition", (picture && req.getParameter("download") == null ? "inline" : "attachment")
                + "; filename=\"" + f.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        resp.setContentLength(bytes.get().length);
        resp.getOutputStream().write(bytes.get());
    }

    private boolean refused(HttpServletRequest req, HttpServletResponse resp, boolean change) throws IOException {
        Optional<WebGuard.Refusal> why = guard.check(req, change);
        if (why.isEmpty()) {
            return false;
        }
        switch (why.get()) {
            case NOT_LOCAL:
                send(resp, 403, error("The workspace answers only on this machine (open http://localhost)."));
                break;
            case NO_SECRET:
                send(resp, 401, error("Enter the workspace's secret first."));
                break;
            default:
                send(resp, 403, error("Use the workspace page to do that."));
        }
        return true;
    }

    private static Optional<JsonNode> body(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) {
            return Optional.empty();
        }
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                return Optional.empty();
            }
            return Optional.of(WebMessage.JSON.readTree(bytes));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return Optional.empty();
        }
    }

    static ObjectNode error(String text) {
        return WebMessage.JSON.createObjectNode().put("error", text);
    }

    private static void send(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(WebMessage.JSON.writeValueAsString(body));
    }
}
