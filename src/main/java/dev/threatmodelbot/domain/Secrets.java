package dev.threatmodelbot.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in free text (tokens, keys, passwords, connection strings) and replaces them with
 * {@code [redacted <kind>]}, so nothing pasted into a thread reaches a language model or a log.
 * Errs on the side of redacting: a long random-looking token next to "key", "token", "secret" or
 * "password" goes too.
 */
public final class Secrets {
    private record Rule(String kind, Pattern pattern, int group) {}

    private static final List<Rule> RULES = List.of(
            rule("private key", "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|\\z)", 0),
            rule("AWS access key", "\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\\b", 0),
            rule("Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", 0),
            rule("Slack webhook", "https://hooks\\.slack\\.com/services/[A-Za-z0-9/]+", 0),
            rule("npm token", "\\bnpm_[A-Za-z0-9]{36}\\b", 0),
            rule("GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}", 0),
            rule("basic credentials", "(?i)\\bbasic\\s+([A-Za-z0-9+/]{12,}={0,2})", 1),
            rule("GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})", 0),
            rule("API key", "\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}", 0),
            rule("Stripe key", "\\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}", 0),
            rule("Google API key", "\\bAIza[0-9A-Za-z_-]{35}\\b", 0),
            rule("JSON web token", "\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", 0),
            rule("password in a URL", "(?i)\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@", 1),
            rule("bearer token", "(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{16,})", 1),
            rule("connection string secret", "(?i)\\b[a-z0-9_]*?(?:password|pwd|accountkey|sharedaccesskey)\\s*=\\s*([^;\\s]+)", 1),
            rule("secret", "(?i)\\b[a-z0-9_]*?(?:password|passwd|secret|api[_-]?key|access[_-]?key|client[_-]?secret|token)"
                    + "[\"']?\\s*(?:[:=]|\\bis\\b)\\s*[\"']?([A-Za-z0-9!#$%&*+./=?@^_~-]{8,})", 1));

    private Secrets() {}

    private static Rule rule(String kind, String regex, int group) {
        return new Rule(kind, Pattern.compile(regex), group);
    }

    /** {@code text} with every secret found replaced. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String whole = m.group();
                String secret = m.group(r.group());
                if (secret == null || secret.startsWith("[redacted") || isPlainWord(r, secret)) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(whole));
                    continue;
                }
                int from = m.start(r.group()) - m.start();
                String replaced = whole.substring(0, from) + "[redacted " + r.kind() + "]"
                        + whole.substring(from + secret.length());
                m.appendReplacement(sb, Matcher.quoteReplacement(replaced));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** Whether {@code text} holds anything {@link #redact} would remove. */
    public static boolean present(String text) {
        return !redact(text).equals(text);
    }

    /**
     * "the password is rotated monthly" names no secret: a value after "password is" must look like
     * one (a digit or symbol, mixed case, or 12 letters and more), not a short lower-case word.
     */
    private static boolean isPlainWord(Rule r, String value) {
        return "secret".equals(r.kind()) && value.matches("[a-z]{1,11}");
    }
}
