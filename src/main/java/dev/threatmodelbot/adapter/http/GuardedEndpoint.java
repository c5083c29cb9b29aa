package dev.threatmodelbot.adapter.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbound platform endpoint behind the checks every such endpoint needs, in this order: POST only
 * (405); a body over the size limit refused before it is read whole (413); the platform's proof of origin
 * checked on the raw bytes (401); the platform's shape rules (400, with a short reason of our own); then the
 * platform's handler, which reads the same bytes. Nothing the handler throws reaches the caller: it becomes a
 * 400 when the response is still open. A refusal is one log line, without a stack trace.
 */
public final class GuardedEndpoint extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedEndpoint.class);

    private final transient InboundRules rules;
    private final transient HttpServlet handler;
    private final int maxBytes;
    private final transient dev.threatmodelbot.application.port.Metrics metrics;
    private final String platform;

    public GuardedEndpoint(InboundRules rules, HttpServlet handler, int maxBytes) {
        this(rules, handler, maxBytes, "platform", dev.threatmodelbot.application.port.Metrics.NONE);
    }

    /** With every refusal counted in {@code metrics} under the {@code platform}'s name. */
    public GuardedEndpoint(InboundRules rules, HttpServlet handler, int maxBytes, String platform, dev.threatmodelbot.application.port.Metrics metrics) {
        this.rules = rules;
        this.handler = handler;
        this.maxBytes = maxBytes;
        this.platform = platform;
        this.metrics = metrics;
    }

    @Override
    public void init() throws ServletException {
        handler.init(getServletConfig());
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            refuse(req, resp, 405, "only POST is accepted here");
            return;
        }
        if (req.getContentLengthLong() > maxBytes) {
            refuse(req, resp, 413, "the body is larger than " + maxBytes + " bytes");
            return;
        }
        Optional<byte[]> body = body(req);
        if (body.isEmpty()) {
            refuse(req, resp, 413, "the body is larger than " + maxBytes + " bytes");
            return;
        }
        if (!rules.authenticity().authentic(headers(req), body.get())) {
            refuse(req, resp, 401, "unauthorized");
            return;
        }
        Optional<String> problem = rules.shape().problem(contentType(req), body.get());
        if (problem.isPresent()) {
            refuse(req, resp, 400, problem.get());
            return;
        }
        handle(req, resp, body.get());
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        try {
            handler.service(new ReadBody(req, body), resp);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {} from {}: the handler failed on an authentic request: {}", req.getMethod(),
                    req.getRequestURI(), req.getRemoteAddr(), e.getClass().getSimpleName());
            if (!resp.isCommitted()) {
                resp.reset();
                metrics.requestRefused(platform, 400, "the request could not be read");
                write(resp, 400, "the request could not be read");
            }
        }
    }

    /** The body, or empty when it is longer than the limit (read no further than one byte past it). */
    private Optional<byte[]> body(HttpServletRequest req) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, (int) Math.min(req.getContentLengthLong(),
                maxBytes)));
        try (InputStream in = req.getInputStream()) {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) != -1) {
                out.write(chunk, 0, n);
                if (out.size() > maxBytes) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toByteArray());
    }

    private static Map<String, String> headers(HttpServletRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), Optional.ofNullable(req.getHeader(name)).orElse(""));
        }
        return headers;
    }

    private static String contentType(HttpServletRequest req) {
        String type = Optional.ofNullable(req.getContentType()).orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String reason)
            throws IOException {
        metrics.requestRefused(platform, status, reason);
        LOG.info("{} {} from {} refused with {}: {}", req.getMethod(), req.getRequestURI(), req.getRemoteAddr(),
                status, reason);
        write(resp, status, reason);
    }

    static void write(HttpServletResponse resp, int status, String reason) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(JsonText.error(reason));
    }

    /** The request as the handler sees it: the bytes already read, readable once more as stream or text. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
