package dev.threatmodelbot.adapter.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may use the workspace. Without a secret: only this machine (the connection comes from the loopback
 * interface and the page was asked for as localhost, so another site's page cannot reach it through DNS
 * tricks). With {@code WEB_WORKSPACE_SECRET}: whoever proved they know the secret (an HttpOnly cookie
 * derived from it). Every change also needs the page's own header, which a page of another site cannot
 * send without the browser asking first, and that question is never answered.
 */
final class WebGuard {
    static final String COOKIE = "tm_workspace";
    static final String HEADER = "X-Workspace";

    /** Why a request is refused. */
    enum Refusal { NOT_LOCAL, NO_SECRET, NOT_FROM_PAGE }

    private final Optional<String> secret;

    WebGuard(Optional<String> secret) {
        this.secret = secret.filter(s -> !s.isBlank());
    }

    boolean needsSecret() {
        return secret.isPresent();
    }

    Optional<Refusal> check(HttpServletRequest req, boolean change) {
        if (secret.isEmpty() && !(loopback(req.getRemoteAddr()) && localName(req.getServerName()) && !proxied(req))) {
            return Optional.of(Refusal.NOT_LOCAL);
        }
        if (secret.isPresent() && !proven(req)) {
            return Optional.of(Refusal.NO_SECRET);
        }
        if (change && !"1".equals(req.getHeader(HEADER))) {
            return Optional.of(Refusal.NOT_FROM_PAGE);
        }
        return Optional.empty();
    }

    /** The cookie value for someone who typed {@code typed}, when it is the secret. */
    Optional<String> admit(String typed) {
        if (secret.isEmpty() || typed == null
                || !MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8),
                        secret.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(token());
    }

    private boolean proven(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return false;
        }
        byte[] expected = token().getBytes(StandardCharsets.UTF_8);
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null
                    && MessageDigest.isEqual(c.getValue().getBytes(StandardCharsets.UTF_8), expected)) {
                return true;
            }
        }
        return false;
    }

    private String token() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("threatmodel-bot web workspace".getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    /** A request a proxy forwarded comes from wherever the proxy listens, not from this machine. */
    private static boolean proxied(HttpServletRequest req) {
        return req.getHeader("Forwarded") != null || req.getHeader("X-Forwarded-For") != null
                || req.getHeader("X-Real-IP") != null || req.getHeader("X-Forwarded-Host") != null;
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean localName(String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                || host.equals("::1"));
    }
}
