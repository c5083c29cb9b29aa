package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weakness statements, whatever their wording: a control a sentence denies ("callbacks are not
 * replay-protected", "no second approver", "uploads are not scanned") or says is deficient ("the
 * secret is static", "MLLP runs in cleartext", "egress is unrestricted", "access survives revocation",
 * "the audit table is writable", "fails open on timeout"). Each is read as the gap of one of a small,
 * fixed set of controls, stated as a value of the property the control belongs to; what a gap
 * threatens is {@link GapThreats}' business. The controls and their wordings are the table in
 * {@code offline/weaknesses.yaml}.
 *
 * <p>A control is denied only by a plain negator ("not", "no", "never", "without", "lacks", "-n't")
 * or a denial after it ("replay protection is missing", "MFA for patients is not enabled"): "prevents replay" or "blocks egress" state a
 * control, they deny none.
 */
final class Weaknesses {

    /** One control: the property and value its gap states, the words naming it, the words saying it falls short. */
    private record Control(Property property, String value, Pattern noun, Pattern deficient) {}

    private static final List<Control> CONTROLS = load();

    /** "We have applied for the exemption. It has not been approved yet": a request waiting, not a change without approver. */
    private static final Pattern PENDING = Pattern.compile("(?i)\\b(?:has|have|is|are) not (?:yet )?been approved\\b"
            + "|\\b(?:exemption|waiver|request|proposal|budget|application)\\b[^.;]{0,40}\\bapprov");
    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:label(?:l)?ed|labels?|annotat\\w+|training data|indexed|indexing)\\b");

    private static final Pattern STORED_BEFORE = Pattern.compile("(?i)\\b(?:stored|kept|saved|persisted|held|written to disk"
            + "|columns?|fields?|rows?|tables?|database|DB)\\b");
    private static final Pattern LOOKS_FOR = Pattern.compile("(?i)\\b(?:finds?|detects?|scans? for|flags?|catch(?:es)?"
            + "|alerts? on|looks? for|hunts? for|reports?|searches for)\\b");

    /** "key auth", "certificate login": a denial of one kind of authentication, not of all of it. */
    private static final Pattern KIND_OF_AUTH = Pattern.compile("(?i)\\b(?:key|keys|key-based|public-key|certificate|cert"
            + "|SSO|SAML|OIDC|biometric|smart[- ]card|passwordless)\\s*$");
    /** "…, so their user uses a password": the way people do sign in, said after a way they do not. */
    private static final Pattern OTHER_CREDENTIAL = Pattern.compile("(?i)^[^.;]{0,40}\\b(?:so|instead|but|and)\\b[^.;]{0,40}"
            + "\\b(?:uses?|using|with|via|needs?|requires?)\\s+(?:a |an |the |their |its )?(?:\\w+ )?(?:password|API key|token"
            + "|certificate|key pair|SSH key|shared secret|client secret|OAuth)");

    private static final Pattern USUALLY = Pattern.compile("(?i)\\b(?:often|usually|typically|commonly|generally"
            + "|in general|tend to)\\b");
    private static final Pattern NEGATOR = Pattern.compile("(?i)^(?:not|no|never|without|lacks?|lacking|none|nor|cannot"
            + "|\\w+n[’']t)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:,()\\[\\]{}!?—]");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^(?:\\s+(?:for|of|on|in|to|at)(?:\\s+[\\w-]+){1,2})?"
            + "(?:\\s+(?:is|are|was|were|has|have|had|been|be"
            + "|does|do|did|still|yet))*\\s+(?:not|never|missing|absent|disabled|off|lacking|dropped|abandoned)\\b");

    /** "refuses packages whose signature does not verify": what fails the check is turned away, the check is there. */
    private static final Pattern REFUSED = Pattern.compile("(?i)\\b(?:refus|reject|drop|discard|block|den(?:y|ies)|quarantin"
            + "|ignor)\\w*\\b[^.;]{0,50}\\b(?:whose|that|which|if|when|unless|without)\\b[^.;]{0,30}$");

    /** "we reject unsigned responses": what falls short is turned away, which is the control. */
    private static final Pattern TURNED_AWAY = Pattern.compile("(?i)\\b(?:reject|refuse|drop|discard|block|deny|denies)\\w*"
            + "\\s+(?:all\\s+|any\\s+|every\\s+)?$");

    private Weaknesses() {}

    /** One entry of {@code offline/weaknesses.yaml}. */
    private record Raw(Property property, String value, List<String> names, List<String> deficient) {}

    private record File(List<Raw> weaknesses) {}

    private static List<Control> load() {
        try (java.io.InputStream in = Weaknesses.class.getResourceAsStream("/offline/weaknesses.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/weaknesses.yaml is missing from the classpath");
            }
            File file = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readValue(in, File.class);
            List<Control> controls = new ArrayList<>();
            for (Raw r : file.weaknesses()) {
                if (r.property() == null || r.value() == null || !r.property().vocabulary().contains(r.value())
                        || r.names() == null && r.deficient() == null) {
                    throw new IllegalStateException("weakness without property, a value of its vocabulary or any regex: " + r);
                }
                controls.add(new Control(r.property(), r.value(), r.names() == null ? null
                        : Pattern.compile("(?i)\\b(?:" + String.join("|", r.names()) + ")\\b"), r.deficient() == null ? null
                        : Pattern.compile("(?i)\\b(?:" + String.join("|", r.deficient()) + ")")));
            }
            return List.copyOf(controls);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The gaps {@code text} states, each where it says so; a sentence on what is usual elsewhere states none. */
    static List<SecurityPatterns.Hit> find(String text) {
        List<SecurityPatterns.Hit> hits = new ArrayList<>();
        if (USUALLY.matcher(text).find()) {
            return hits; // "secrets are often passed in environment variables": how things go, not how this system is
        }
        for (Control c : CONTROLS) {
            first(c, text).ifPresent(hits::add);
        }
        // "deploy keys are stored in `creds.key` as plaintext", "the column is plaintext": kept readable, no link without TLS
        hits.removeIf(h -> h.property() == Property.TRANSPORT && h.value().equals("plain")
                && STORED_BEFORE.matcher(text.substring(Math.max(0, h.start() - 60), h.start())).find());
        // "a GitHub App that finds credentials committed to repositories": what the system looks for, not its own gap
        hits.removeIf(h -> h.property() == Property.SECRETS
                && LOOKS_FOR.matcher(text.substring(Math.max(0, h.start() - 40), h.start())).find());
        // "cannot do key auth, so their user uses a password": one way of signing in denied, another one used
        hits.removeIf(h -> anotherWayIn(text, h));
        // "API keys have no scopes and no expiry": one gap (access outlives its use), not two
        if (hits.stream().anyMatch(h -> h.property() == Property.AUTHENTICATION && h.value().equals("no-revocation"))) {
            hits.removeIf(h -> h.property() == Property.AUTHENTICATION && h.value().equals("long-lived"));
        }
        // "community posts are not reviewed before indexing", "labeled prohibited without human review": unchecked content
        // or labels, not a change that skipped its approver
        if (hits.stream().anyMatch(h -> h.property() == Property.INPUT_VALIDATION && h.value().equals("none"))
                || LABELLED.matcher(text).find() || PENDING.matcher(text).find()) {
            hits.removeIf(h -> h.property() == Property.AUTHORIZATION && h.value().equals("no-approval"));
        }
        return hits;
    }

    /** "cannot do key auth, so their user uses a password": one way of signing in denied, another one used. */
    static boolean anotherWayIn(String text, SecurityPatterns.Hit h) {
        return h.property() == Property.AUTHENTICATION && h.value().equals("none")
                && (KIND_OF_AUTH.matcher(text.substring(Math.max(0, h.start() - 30), h.start())).find()
                        || OTHER_CREDENTIAL.matcher(text.substring(h.end())).find());
    }

    /** Whether {@code text} states the gap {@code property} = {@code value}. */
    static boolean states(String text, Property property, String value) {
        return find(text).stream().anyMatch(h -> h.property() == property && h.value().equals(value));
    }

    /** "no login is shared": a denial of sharing, not of the login. */
    private static final Pattern SHARED_AFTER = Pattern.compile("(?i)\\s+(?:is|are|gets?)\\s+shared\\b");
    private static final Pattern REASON = Pattern.compile("(?i)\\b(?:because|since|until)\\b[^.;,]{0,40}$");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:does not|doesn't|do not|don't|did not|never|no longer"
            + "|will not|won't|cannot|can't)\\s+(?:\\w+ly\\s+)?$");

    private static java.util.Optional<SecurityPatterns.Hit> first(Control c, String text) {
        if (c.deficient() != null) {
            Matcher m = c.deficient().matcher(text);
            // "does not log response bodies": the weakness itself denied (a pattern that says "does not" starts at it)
            if (m.find() && !TURNED_AWAY.matcher(text.substring(0, m.start())).find()
                    && !NEGATED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return java.util.Optional.of(new SecurityPatterns.Hit(c.property(), c.value(), false, m.start(), m.end()));
            }
        }
        if (c.noun() != null) {
            Matcher m = c.noun().matcher(text);
            while (m.find()) {
                // "we have not turned that on because key rotation was not ready": the reason given is not the gap stated
                if (denied(text, m.start(), m.end()) && !REFUSED.matcher(text.substring(0, m.start())).find()
                        && !REASON.matcher(text.substring(0, m.start())).find()
                        && !Negation.restricts(text, m.end()) && !SHARED_AFTER.matcher(text.substring(m.end())).lookingAt()) {
                    return java.util.Optional.of(new SecurityPatterns.Hit(c.property(), c.value(), false, m.start(),
                            m.end()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A plain negator among the three words before, in the same clause, or a denial right after. */
    static boolean denied(String text, int start, int end) {
        String before = text.substring(0, start);
        Matcher cut = CLAUSE_END.matcher(before);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        List<Words.Word> words = Words.of(before.substring(from));
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("but") || w.equals("however")) {
                break;
            }
            if (NEGATOR.matcher(w).matches()) {
                return true;
            }
        }
        String after = text.substring(end);
        Matcher stop = CLAUSE_END.matcher(after);
        return DENIED_AFTER.matcher(stop.find() ? after.substring(0, stop.start()) : after).find();
    }
}
