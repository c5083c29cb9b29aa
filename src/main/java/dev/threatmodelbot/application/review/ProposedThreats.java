package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.domain.threat.Threat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checked proposal turned into a threat: its text trimmed, cut to length and redacted again (it
 * goes to a thread and a ticket), attack steps folded into the description, likelihood and impact
 * held to 1–3, only well-formed OWASP and ATLAS ids, and an id that stays the same when the model
 * proposes the same threat about the same parts again.
 */
final class ProposedThreats {
    static final String RULE = "llm";
    static final String CHAIN_RULE = "chain:llm";
    static final int MAX_TITLE = 160;
    static final int MAX_DESCRIPTION = 1500;
    static final int MAX_MITIGATION = 800;
    static final int MAX_STEP = 300;
    static final int MAX_STEPS = 8;
    private static final Pattern ATLAS = Pattern.compile("AML\\.T\\d{4}(\\.\\d{3})?");
    private static final Pattern NUMBERING = Pattern.compile("(?i)^(?:step\\s*)?\\d{1,2}\\s*[.):-]\\s*");
    private static final double SAME_TITLE = 0.8;

    private ProposedThreats() {}

    /** Title, description, mitigation, a STRIDE category and a subject are all there. */
    static boolean complete(LanguageModel.Proposed p) {
        return !line(p.title(), MAX_TITLE).isEmpty() && !text(p.description(), MAX_DESCRIPTION).isEmpty()
                && !text(p.mitigation(), MAX_MITIGATION).isEmpty() && !p.stride().isEmpty()
                && p.subjects().stream().anyMatch(s -> !blank(s));
    }

    /** The threat for {@code p}, about {@code subjects} and resting on {@code evidence} (both already checked). */
    static Threat threat(LanguageModel.Proposed p, List<String> subjects, List<CitableIds.Cited> evidence) {
        String title = line(p.title(), MAX_TITLE);
        boolean onFacts = evidence.stream().anyMatch(CitableIds.Cited::fact);
        return new Threat(id(subjects, title), subjects.size() > 1 ? CHAIN_RULE : RULE, title, description(p),
                p.stride(), subjects, level(p.likelihood()), level(p.impact()), text(p.mitigation(), MAX_MITIGATION),
                evidence.stream().map(CitableIds.Cited::id).toList(), List.of(),
                onFacts ? Confidence.MEDIUM : Confidence.LOW, owasp(p.owaspLlm()), ids(p.atlas(), ATLAS),
                AttackClass.of(p.attack()).map(AttackClass::code).orElse(""));
    }

    /** Well-formed OWASP LLM ids as 2026 codes ("LLM01:2026"), each once. */
    private static List<String> owasp(List<String> raw) {
        return raw.stream().map(OwaspLlm::code2026).flatMap(java.util.Optional::stream).distinct().toList();
    }

    /** "llm:" and a short hash of the sorted subjects and the title in normal form. */
    static String id(List<String> subjects, String title) {
        String key = String.join(",", subjects.stream().sorted().toList()) + "|" + normalTitle(title);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "llm:" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Two titles that say the same: equal in normal form, or sharing most of their words. */
    static boolean sameTitle(String a, String b) {
        String na = normalTitle(a);
        String nb = normalTitle(b);
        if (na.equals(nb)) {
            return true;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(na.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(nb.split(" ")));
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> either = new HashSet<>(wa);
        either.addAll(wb);
        return !na.isEmpty() && !nb.isEmpty() && (double) both.size() / either.size() >= SAME_TITLE;
    }

    static String normalTitle(String title) {
        return Objects.requireNonNullElse(title, "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static String description(LanguageModel.Proposed p) {
        StringBuilder b = new StringBuilder(text(p.description(), MAX_DESCRIPTION));
        List<String> steps = p.attackSteps().stream().map(s -> NUMBERING.matcher(line(s, MAX_STEP)).replaceFirst(""))
                .filter(s -> !s.isBlank()).limit(MAX_STEPS).toList();
        if (!steps.isEmpty()) {
            b.append("\n\nAttack steps:");
            for (int i = 0; i < steps.size(); i++) {
                b.append('\n').append(i + 1).append(". ").append(steps.get(i));
            }
        }
        return b.toString();
    }

    /** Only ids of the given form, upper-cased, each once; "LLM01: Prompt Injection" keeps "LLM01". */
    private static List<String> ids(List<String> given, Pattern form) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            String token = Objects.requireNonNullElse(g, "").strip().toUpperCase(Locale.ROOT).split("[\\s:,;(]", 2)[0];
            if (form.matcher(token).matches() && !out.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }

    private static int level(int value) {
        return Math.max(1, Math.min(3, value));
    }

    /** One line: redacted, control characters and runs of spaces made single spaces, cut to {@code max}. */
    private static String line(String s, int max) {
        return cut(Secrets.redact(Objects.requireNonNullElse(s, "")).replaceAll("[\\p{Cntrl}\\s]+", " ").strip(), max);
    }

    /** Paragraphs kept, other control characters dropped, at most one blank line in a row. */
    private static String text(String s, int max) {
        String t = Secrets.redact(Objects.requireNonNullElse(s, "")).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replaceAll("[ \\t\\x0B\\f]+", " ")
                .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return cut(t, max);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end).stripTrailing() + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
