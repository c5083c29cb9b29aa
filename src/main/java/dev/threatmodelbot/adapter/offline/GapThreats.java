package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threats the design states outright: each gap {@link Weaknesses} reads ("callbacks are not
 * replay-protected") becomes one threat on the part the sentence is about, from the template of its
 * control, titled with the part and the gap in the doc's own words, citing the sentence, and certain
 * (HIGH) because stated. A gap some rule already drafted a threat from (the same fact, or a fact of
 * the same sentence about the same part) adds nothing; a gap threat stands for the less certain threats
 * of its attack class on the same part ({@link #subsumed}), as a stated weakness does among the rules.
 */
final class GapThreats {

    /** What a gap of one control lets happen. */
    record Template(String code, Set<Stride> stride, AttackClass attack, int likelihood, int impact, String title,
            String description, String mitigation) {}

    private static final Map<String, Template> TEMPLATES = Map.ofEntries(
            entry(Property.AUTHENTICATION, "none", "unauthenticated", Set.of(Stride.SPOOFING, Stride.ELEVATION_OF_PRIVILEGE), AttackClass.SPOOFING, 3,
                    "Callers of {name} need not prove who they are",
                    "anyone who can reach it acts as any caller", "Require authentication on every entry point"),
            entry(Property.AUTHENTICATION, "default-password", "default-password", Set.of(Stride.SPOOFING,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.SPOOFING, 3, "Anyone who knows the default password signs in to {name}",
                    "default credentials are printed, published or the same on every unit, and nothing forces them to be changed, "
                            + "so whoever can reach it signs in with them",
                    "Give each unit its own initial password and force a change (or set-up through an authenticated channel) before first use"),
            entry(Property.AUTHENTICATION, "single-factor", "single-factor", Set.of(Stride.SPOOFING),
                    AttackClass.SPOOFING, 3, "A stolen or guessed password is enough to take over accounts of {name}",
                    "phished, reused or stuffed passwords take over accounts because no second factor is asked for",
                    "Require a second factor (TOTP, passkeys) at sign-in"),
            entry(Property.AUTHENTICATION, "shared", "shared-credential", Set.of(Stride.SPOOFING, Stride.REPUDIATION), AttackClass.SPOOFING, 2,
                    "One caller of {name} can pose as another through a shared credential",
                    "one leaked or misused credential speaks for every caller that shares it, and actions cannot be "
                            + "told apart", "Give every caller its own credential and scope it to what that caller needs"),
            entry(Property.AUTHORIZATION, "none", "no-authorisation", Set.of(Stride.ELEVATION_OF_PRIVILEGE, Stride.INFORMATION_DISCLOSURE),
                    AttackClass.PRIVILEGE_ESCALATION, 3, "Signed-in callers of {name} reach what is not theirs",
                    "a caller who is signed in can read or change records of other users or tenants",
                    "Check ownership or role on every request, server side"),
            entry(Property.AUTHORIZATION, "no-approval", "no-approval", Set.of(Stride.TAMPERING, Stride.REPUDIATION),
                    AttackClass.DATA_TAMPERING, 2, "One person can push a change through {name} alone",
                    "a malicious or mistaken insider makes a change nobody else checks, and it takes effect unseen",
                    "Require a second, independent approval for such changes and record who approved"),
            entry(Property.AUTHORIZATION, "racy", "race", Set.of(Stride.TAMPERING, Stride.ELEVATION_OF_PRIVILEGE),
                    AttackClass.PRIVILEGE_ESCALATION, 2, "Concurrent requests get past the check in {name} together",
                    "an attacker who sends the same request many times at once has each one pass the check before any of "
                            + "them is recorded, going past limits or balances",
                    "Make the check and the change one atomic step (a conditional update, a lock or a serialisable transaction)"),
            entry(Property.AUTHORIZATION, "over-broad", "over-broad", Set.of(Stride.ELEVATION_OF_PRIVILEGE,
                    Stride.INFORMATION_DISCLOSURE, Stride.TAMPERING), AttackClass.PRIVILEGE_ESCALATION, 3,
                    "Whoever takes over {name} can do far more than its job needs",
                    "a bug, a stolen credential or injected input in it reaches everything its over-broad role or account "
                            + "may touch", "Scope its role to the resources and actions it needs"),
            entry(Property.AUTHORIZATION, "fails-open", "fails-open", Set.of(Stride.ELEVATION_OF_PRIVILEGE, Stride.TAMPERING),
                    AttackClass.PRIVILEGE_ESCALATION, 2, "{name} lets requests through when its check fails",
                    "an attacker who can slow or break the check (load, timeouts, errors) gets requests allowed that the "
                            + "check would refuse", "Fail closed, or cap and review what is allowed while the check is down"),
            entry(Property.TAMPER_PROTECTION, "replayable", "replay", Set.of(Stride.TAMPERING, Stride.SPOOFING), AttackClass.DATA_TAMPERING,
                    2, "Replayed messages are accepted by {name}",
                    "an attacker who captures one valid message sends it again and has its effect repeated",
                    "Sign a timestamp and a nonce into each message and reject stale or repeated ones"),
            entry(Property.TAMPER_PROTECTION, "unsigned", "unsigned", Set.of(Stride.TAMPERING, Stride.SPOOFING), AttackClass.SPOOFING, 2,
                    "Forged or altered messages are accepted by {name}",
                    "nothing proves where a message comes from or that it is unchanged, so a forged one is acted on",
                    "Sign messages (HMAC or signatures) and verify them before acting"),
            entry(Property.AUTHENTICATION, "no-revocation", "no-revocation", Set.of(Stride.SPOOFING, Stride.ELEVATION_OF_PRIVILEGE),
                    AttackClass.CREDENTIAL_EXPOSURE, 2, "Access to {name} outlives its revocation",
                    "someone whose access was withdrawn, or who holds a stolen credential, keeps using it",
                    "Revoke tokens and sessions at once when access is withdrawn and keep their lifetime short"),
            entry(Property.TRANSPORT, "plain", "cleartext", Set.of(Stride.INFORMATION_DISCLOSURE, Stride.TAMPERING), AttackClass.EAVESDROPPING, 2,
                    "Traffic of {name} can be read or changed on the network",
                    "anyone on the network path reads or alters what it carries",
                    "Encrypt the link with TLS (mutual TLS between services)"),
            entry(Property.ENCRYPTION_AT_REST, "none", "unencrypted-at-rest", Set.of(Stride.INFORMATION_DISCLOSURE),
                    AttackClass.DATA_DISCLOSURE, 2, "Data stored by {name} is readable by whoever gets the storage",
                    "a copied disk, backup or bucket discloses the data in full", "Encrypt stored data with managed keys"),
            entry(Property.SECRETS, "static", "static-secret", Set.of(Stride.SPOOFING), AttackClass.CREDENTIAL_EXPOSURE, 2,
                    "A leaked secret of {name} keeps working because it is never rotated",
                    "a secret copied once from a log, a laptop or a former colleague stays valid indefinitely",
                    "Rotate the secret on a schedule and on every suspected leak; prefer short-lived credentials"),
            entry(Property.SECRETS, "env", "secret-in-env", Set.of(Stride.INFORMATION_DISCLOSURE, Stride.SPOOFING), AttackClass.CREDENTIAL_EXPOSURE, 2,
                    "A secret of {name} is readable from its environment",
                    "code running next to it, a crash dump or a debug endpoint reads the secret and uses it elsewhere",
                    "Fetch the secret at run time from a secrets manager, scoped and short-lived"),
            entry(Property.INPUT_VALIDATION, "none", "unchecked-input", Set.of(Stride.TAMPERING, Stride.ELEVATION_OF_PRIVILEGE), AttackClass.INJECTION, 2,
                    "Unchecked input reaches {name}",
                    "malicious files or payloads are stored, served or processed as if they were safe",
                    "Validate and scan what comes in before storing, serving or processing it"),
            entry(Property.EXPOSURE, "open-egress", "open-egress", Set.of(Stride.INFORMATION_DISCLOSURE), AttackClass.DATA_DISCLOSURE, 3,
                    "{name} can send data to any address",
                    "code or an attacker running there exfiltrates secrets and data, or reaches internal services",
                    "Deny egress by default and allow only the destinations it needs"),
            entry(Property.LOGGING, "payloads", "logged-payloads", Set.of(Stride.INFORMATION_DISCLOSURE),
                    AttackClass.DATA_DISCLOSURE, 2, "Logs of {name} hold the sensitive data itself",
                    "anyone who can read the logs (operators, the logging vendor, a leaked log export) reads the personal "
                            + "data, secrets and tokens in them", "Log identifiers instead of bodies and redact what must be kept"),
            entry(Property.LOGGING, "mutable", "mutable-audit", Set.of(Stride.REPUDIATION), AttackClass.REPUDIATION, 2,
                    "Audit records of {name} can be rewritten",
                    "whoever holds the writing account erases or alters the trail of what they did",
                    "Write audit records append-only to a store the application cannot change"),
            entry(Property.RATE_LIMITING, "none", "unlimited", Set.of(Stride.DENIAL_OF_SERVICE, Stride.SPOOFING), AttackClass.DENIAL_OF_SERVICE, 2,
                    "Requests to {name} are not limited",
                    "an attacker floods it, or guesses and abuses it at machine speed",
                    "Limit requests per caller and per target, and alert on bursts"),
            entry(Property.AUTHENTICATION, "bearer-link", "bearer-link", Set.of(Stride.SPOOFING, Stride.INFORMATION_DISCLOSURE),
                    AttackClass.SPOOFING, 3, "Whoever gets hold of a link to {name} gets in as the person it was sent to",
                    "links are forwarded, kept in mail and chat history, logged by proxies and shared by mistake, and whoever"
                            + " holds one acts as its owner for as long as it lasts",
                    "Make links short-lived and single-use, tie them to the person's sign-in or device, and let owners revoke them"),
            entry(Property.AUTHORIZATION, "guessable-id", "guessable-id", Set.of(Stride.INFORMATION_DISCLOSURE,
                    Stride.ELEVATION_OF_PRIVILEGE, Stride.SPOOFING), AttackClass.PRIVILEGE_ESCALATION, 3,
                    "Callers of {name} reach other people's records by counting through their identifiers",
                    "identifiers that follow each other are guessed from one's own, so unless every request is checked against its"
                            + " owner, anyone walks through the others (insecure direct object reference)",
                    "Check that the caller owns or may see every record it names, and use random identifiers that cannot be guessed"),
            entry(Property.AUTHORIZATION, "prompt-only", "prompt-only-rules", Set.of(Stride.ELEVATION_OF_PRIVILEGE,
                    Stride.TAMPERING), AttackClass.PROMPT_INJECTION, 3, "A user talks {name} past rules that live only in its prompt",
                    "instructions in a prompt are advice to the model, not a check: a crafted message or injected content makes it "
                            + "ignore them and call tools or disclose data the rules forbid (OWASP LLM01, LLM03)",
                    "Enforce limits, ownership and approvals in the code that runs the tools, and treat the prompt as guidance only"),
            entry(Property.AUTHORIZATION, "client-side", "client-side-check", Set.of(Stride.INFORMATION_DISCLOSURE,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.DATA_DISCLOSURE, 3,
                    "What the app hides or refuses is still open to anyone calling {name} directly",
                    "the check or filter runs only in the client app, so anyone who calls the server with their own tool or a"
                            + " changed client reads or does what the app would not show or allow",
                    "Enforce the check and filter the data on the server, returning only what the caller may see"),
            entry(Property.AUTHORIZATION, "trusts-client", "client-asserted-rights", Set.of(Stride.ELEVATION_OF_PRIVILEGE,
                    Stride.SPOOFING), AttackClass.PRIVILEGE_ESCALATION, 3, "Callers of {name} give themselves rights they do not have",
                    "it reads what a caller may do from a value the caller sends, so anyone sends the value that grants more",
                    "Derive roles and rights on the server from the authenticated identity, never from what the client sends"),
            entry(Property.AUTHENTICATION, "source-ip", "source-ip-only", Set.of(Stride.SPOOFING), AttackClass.SPOOFING, 3,
                    "Anyone sending from an allowed address passes as the caller {name} expects", "it trusts where a request "
                            + "comes from, not who signed it, so another tenant of the same provider or anyone on that network "
                            + "forges calls", "Verify a signature or a credential of the caller on every request"),
            entry(Property.SECRETS, "client", "secret-in-client", Set.of(Stride.SPOOFING, Stride.INFORMATION_DISCLOSURE),
                    AttackClass.CREDENTIAL_EXPOSURE, 3, "A credential of {name} shipped inside the apps people use is anyone's",
                    "anyone who installs the app or opens its configuration extracts the credential and uses it from anywhere,"
                            + " and it cannot be withdrawn without a new release",
                    "Issue short-lived, per-user credentials from the server instead of shipping a shared one"),
            entry(Property.SECRETS, "config", "secret-in-config", Set.of(Stride.SPOOFING, Stride.INFORMATION_DISCLOSURE),
                    AttackClass.CREDENTIAL_EXPOSURE, 3, "A secret of {name} sits in a configuration file",
                    "everyone who can read the file, its repository or its history (and every copy deployed) holds the "
                            + "secret and can use it as {name}",
                    "Move the secret to a secrets manager or sealed secret, rotate it, and keep configuration files secret-free"),
            entry(Property.INPUT_VALIDATION, "raw-html", "raw-html", Set.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.XSS, 3, "Script in content {name} shows runs in its users' browsers",
                    "HTML someone gets into what it displays (a message, an article, a model's answer) runs as script in the "
                            + "session of whoever views it (stored cross-site scripting)",
                    "Escape or sanitise HTML with an allow-list before display and set a strict Content-Security-Policy"),
            entry(Property.INPUT_VALIDATION, "client-amounts", "client-amounts", Set.of(Stride.TAMPERING),
                    AttackClass.DATA_TAMPERING, 3, "Callers of {name} set their own prices and totals",
                    "it uses the prices, amounts or totals the client sends, so anyone who edits the request pays what they "
                            + "choose, gets discounts they are not owed or books amounts nobody agreed",
                    "Look prices up on the server and recompute every amount and total there; take only items and "
                            + "quantities from the client"),
            entry(Property.INPUT_VALIDATION, "runs-untrusted", "runs-untrusted-code", Set.of(Stride.TAMPERING,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.INJECTION, 3, "Content {name} processes runs the attacker's code in it",
                    "it runs code that comes with what it processes (exec plugins, remote code shipped with a model or a chart), "
                            + "so whoever controls that content runs commands with its identity, secrets and access",
                    "Turn off execution of bundled code, pin and review what may run, and run the processing in a sandbox without "
                            + "credentials"),
            entry(Property.AUTHORIZATION, "untrusted-config", "untrusted-config", Set.of(Stride.TAMPERING,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.CONFIG_TAMPERING, 3,
                    "Whoever proposes a change also sets how {name} checks it",
                    "its settings are read from the change under review, so an author (a fork's too) turns off or loosens the "
                            + "checks that would catch what they add",
                    "Read security settings only from the protected default branch or the organisation's configuration, never "
                            + "from the change being checked"),
            entry(Property.SECRETS, "spread", "secrets-everywhere", Set.of(Stride.INFORMATION_DISCLOSURE, Stride.ELEVATION_OF_PRIVILEGE),
                    AttackClass.CREDENTIAL_EXPOSURE, 3, "Credentials {name} copies everywhere reach whatever runs there",
                    "the same secrets land in every environment it serves, so code running in any one of them (a pull "
                            + "request's, another tenant's) reads credentials meant for all", "Give each environment only the "
                            + "scoped, short-lived credentials it needs and keep shared secrets out of places untrusted code runs"),
            entry(Property.SECRETS, "plaintext", "plaintext-secret", Set.of(Stride.INFORMATION_DISCLOSURE, Stride.SPOOFING),
                    AttackClass.CREDENTIAL_EXPOSURE, 3, "Credentials kept by {name} are readable where they are stored",
                    "anyone who can read that store, a backup of it or a query result (an insider, an injection, a leaked "
                            + "snapshot) holds the credentials and uses them; disk encryption does not stop a reader with access",
                    "Encrypt credentials in the application with keys from a KMS, or keep them in a secrets manager and store references"),
            entry(Property.SECRETS, "code", "hard-coded-secret", Set.of(Stride.SPOOFING, Stride.INFORMATION_DISCLOSURE),
                    AttackClass.CREDENTIAL_EXPOSURE, 3, "A secret of {name} is written into its code",
                    "everyone who can read the repository, a build or an image, now or in its history, holds the secret",
                    "Move the secret to a secrets manager, rotate it, and scan commits for secrets"),
            entry(Property.LOGGING, "none", "untraced", Set.of(Stride.REPUDIATION), AttackClass.REPUDIATION, 2,
                    "What is done through {name} cannot be traced to who did it",
                    "someone who misuses it denies it afterwards, and an incident cannot be investigated",
                    "Record who did what and when, tied to an individual identity, in a log they cannot change"),
            entry(Property.EXPOSURE, "admin-exposed", "exposed-management", Set.of(Stride.ELEVATION_OF_PRIVILEGE,
                    Stride.TAMPERING, Stride.SPOOFING), AttackClass.PRIVILEGE_ESCALATION, 3,
                    "The management or debug interface of {name} is reachable from networks it should not be",
                    "anyone on those networks reaches an interface meant for operators, tries its credentials or its known "
                            + "flaws, and takes control of what it manages",
                    "Bind management and debug interfaces to an operators-only network, put them behind authentication, and "
                            + "turn debug features off in production"),
            entry(Property.AUTHENTICATION, "weak-hash", "weak-password-hash", Set.of(Stride.INFORMATION_DISCLOSURE,
                    Stride.SPOOFING), AttackClass.CREDENTIAL_EXPOSURE, 3, "Passwords stolen from {name} are recovered from their weak hashes",
                    "whoever copies the stored hashes (a backup, an injection, an insider) cracks them quickly and signs in as "
                            + "the users, here and wherever they reuse the password",
                    "Store passwords with a slow, salted hash (Argon2id, scrypt or bcrypt) and rehash on next sign-in"),
            entry(Property.AUTHENTICATION, "long-lived", "long-lived-session", Set.of(Stride.SPOOFING, Stride.ELEVATION_OF_PRIVILEGE),
                    AttackClass.CREDENTIAL_EXPOSURE, 2, "A stolen token or session for {name} stays usable for days",
                    "a token copied from a device, a log or a proxy keeps working long after the person stopped using it",
                    "Keep access tokens and sessions short-lived, rotate refresh tokens, and revoke them on sign-out and password change"),
            entry(Property.AUTHORIZATION, "any-origin", "any-origin", Set.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE,
                    Stride.SPOOFING), AttackClass.SPOOFING, 2, "Any web site can make its visitors' browsers act on {name}",
                    "a page the attacker controls sends requests to it with the visitor's session (cross-site request forgery) "
                            + "or reads the answers (an open CORS policy), acting as the visitor",
                    "Allow only the origins that need it, require anti-CSRF tokens or SameSite cookies on state-changing requests"),
            entry(Property.TRANSPORT, "unverified", "unverified-tls", Set.of(Stride.SPOOFING, Stride.INFORMATION_DISCLOSURE,
                    Stride.TAMPERING), AttackClass.EAVESDROPPING, 2, "A man in the middle poses as the service {name} talks to",
                    "encryption without certificate checks accepts whoever answers, so anyone on the path reads and changes the traffic",
                    "Verify certificates and hostnames on every TLS connection (pin the CA for internal services)"),
            entry(Property.DATA_CLASSIFICATION, "retained", "over-retention", Set.of(Stride.INFORMATION_DISCLOSURE), AttackClass.DATA_DISCLOSURE, 2,
                    "Data kept by {name} longer than needed widens what a breach exposes",
                    "every record kept past its use is disclosed too when the store is breached",
                    "Set and enforce a retention period; delete or minimise what is no longer needed"));

    private GapThreats() {}

    static Map.Entry<String, Template> entry(Property p, String value, String code, Set<Stride> stride,
            AttackClass attack, int impact, String title, String consequence, String mitigation) {
        return Map.entry(p + "=" + value, new Template(code, stride, attack, 3, impact, title,
                "The design states this gap; " + consequence + ".", mitigation + " for {name}."));
    }

    /** The threats stated gaps of {@code m} add to {@code drafted}. */
    static List<Threat> of(ContextModel m, List<Threat> drafted) {
        List<Threat> out = new ArrayList<>();
        for (Fact f : m.facts()) {
            boolean queue = m.component(f.subject()).map(c -> c.kind() == dev.threatmodelbot.domain.context.ComponentKind.QUEUE)
                    .orElse(false);
            String key = f.property() + "=" + f.value();
            Template t = GapVariants.of(key, queue, f.source().quote()).orElse(TEMPLATES.get(key));
            if (t == null || f.status() == FactStatus.SUPERSEDED || f.status() == FactStatus.CONTRADICTED
                    || !Weaknesses.states(f.source().quote(), f.property(), f.value())) {
                continue; // only a gap the sentence itself states, in words Weaknesses reads
            }
            for (String subject : GapSubjects.of(m, f)) {
                // one gap per part, attack and sentence: "the key is in settings.json, committed to the repo" is one leak
                if (drafted.stream().noneMatch(d -> covers(m, d, subject, f, t))
                        && out.stream().noneMatch(d -> d.id().equals("gap-" + t.code() + ":" + subject)
                                || d.subjects().equals(List.of(subject)) && d.attack().equals(t.attack().code())
                                && d.evidence().stream().map(m::fact).flatMap(Optional::stream)
                                        .anyMatch(e -> e.source().quote().equals(f.source().quote())))) {
                    out.add(threat(m, t, subject, f));
                }
            }
        }
        // one part's gaps of one family are one threat citing each sentence: an unchecked owner and guessable ids are one
        // IDOR; a link that lasts, cannot be revoked and needs no sign-in is one leaked link
        List<Threat> merged = new ArrayList<>();
        for (Threat t : out) {
            Optional<Threat> kin = merged.stream().filter(o -> o.subjects().equals(t.subjects()) && family(o).isPresent()
                    && family(o).equals(family(t))).findFirst();
            if (kin.isPresent()) {
                Threat k = HEADS.indexOf(t.rule()) < HEADS.indexOf(kin.get().rule()) ? t : kin.get(); // the sharper one leads
                Threat other = k == t ? kin.get() : t;
                List<String> both = java.util.stream.Stream.concat(k.evidence().stream(), other.evidence().stream()).distinct()
                        .toList();
                merged.set(merged.indexOf(kin.get()), new Threat(k.id(), k.rule(), k.title(), k.description(), k.stride(), k.subjects(),
                        k.likelihood(), k.impact(), k.mitigation(), both, k.assumptions(), k.confidence(), k.owaspLlm(),
                        k.atlas(), k.attack()));
            } else {
                merged.add(t);
            }
        }
        out.clear();
        out.addAll(merged);
        // the same gap stated of a part and, in a sentence naming none, of the whole system: the part's says it
        out.removeIf(t -> t.subjects().equals(List.of(Fact.SYSTEM)) && out.stream().anyMatch(o -> o != t
                && (o.rule().equals(t.rule()) || family(o).isPresent() && family(o).equals(family(t))
                        || o.evidence().stream().anyMatch(t.evidence()::contains))
                && !o.subjects().equals(List.of(Fact.SYSTEM))));
        return out;
    }

    private static final Map<String, String> FAMILIES = Map.of("gap-guessable-id", "idor", "gap-no-authorisation", "idor",
            "gap-bearer-link", "link", "gap-no-revocation", "link", "gap-long-lived-session", "link");

    /** Within a family, the threat that says most leads: guessable ids before a missing owner check, and so on. */
    private static final List<String> HEADS = List.of("gap-guessable-id", "gap-no-authorisation", "gap-bearer-link",
            "gap-no-revocation", "gap-long-lived-session");

    private static Optional<String> family(Threat t) {
        return Optional.ofNullable(FAMILIES.get(t.rule()));
    }

    /**
     * Whether {@code t} is a guess that a gap threat of the same attack on the same parts states outright; a threat
     * resting on a stated fact of another sentence (content said to reach the prompt) is another way in, kept.
     */
    static boolean subsumed(ContextModel m, Threat t, List<Threat> gaps) {
        return t.confidence() != Confidence.HIGH && gaps.stream().anyMatch(g -> g.attack().equals(t.attack())
                && g.subjects().equals(t.subjects()) && t.evidence().stream().map(m::fact).flatMap(Optional::stream)
                .noneMatch(f -> f.status() == FactStatus.STATED && g.evidence().stream().map(m::fact).flatMap(Optional::stream)
                        .noneMatch(e -> e.source().quote().equals(f.source().quote()))));
    }

    /** A drafted threat on the same part that already rests on this gap. */
    private static boolean covers(ContextModel m, Threat d, String subject, Fact gap, Template t) {
        return d.subjects().contains(subject) && d.evidence().stream().map(m::fact).flatMap(Optional::stream)
                .anyMatch(e -> e.id().equals(gap.id()) || e.source().quote().equals(gap.source().quote())
                        && d.attack().equals(t.attack().code())); // another attack the same sentence grounds covers nothing
    }

    private static Threat threat(ContextModel m, Template t, String subject, Fact f) {
        String name = m.flow(subject).map(fl -> RuleThreatDrafter.flowName(m, fl)).orElseGet(() -> m.nameOf(subject));
        String filled = RuleThreatDrafter.fill(t.title(), name);
        String title = Character.toUpperCase(filled.charAt(0)) + filled.substring(1) + ": “" + said(f) + "”";
        // stated, but of a part worked out from the wording rather than named: as certain as that guess
        boolean named = subject.equals(f.subject()) || m.flow(subject).isPresent();
        return new Threat("gap-" + t.code() + ":" + subject, "gap-" + t.code(), title,
                RuleThreatDrafter.fill(t.description(), name), t.stride(), List.of(subject),
                named ? t.likelihood() : t.likelihood() - 1, t.impact(),
                RuleThreatDrafter.fill(t.mitigation(), name), List.of(f.id()), List.of(), named ? Confidence.HIGH : Confidence.MEDIUM,
                t.attack() == AttackClass.PROMPT_INJECTION ? List.of("LLM01:2026", "LLM03:2026") : List.of(), List.of(),
                t.attack().code());
    }

    /** The clause of the sentence that states the gap, short enough for a title. */
    private static String said(Fact f) {
        String quote = f.source().quote().strip();
        // a match across a ";" ("sends a signature header; we do not verify it") is quoted by its last clause
        int at = Weaknesses.find(quote).stream().filter(h -> h.property() == f.property() && h.value().equals(f.value()))
                .findFirst().map(h -> Math.max(h.start(), quote.lastIndexOf(';', Math.max(h.end() - 1, 0)) + 1)).orElse(0);
        int from = Math.max(lastStop(quote.substring(0, at)), 0);
        int to = nextStop(quote, at);
        int comma = quote.lastIndexOf(", ", at);
        if (to - from > 90 && comma > from) {
            from = comma + 1; // "iManage's model makes grants hard to automate, so DSC runs as … on all workspaces"
        }
        String clause = quote.substring(from, to).replaceAll("^[\\s*•\\-]+|`|(?<![:/]|[:/] )\\*", "").replaceFirst("^(?:so|and|but|because|which) ", "")
                .strip();
        return clause.length() <= 90 ? clause : clause.substring(0, 87).strip() + "…";
    }

    private static int lastStop(String s) {
        int i = Math.max(Math.max(s.lastIndexOf(". "), s.lastIndexOf(';')), Math.max(s.lastIndexOf(':'), s.lastIndexOf('—')));
        return i < 0 ? 0 : i + 1;
    }

    private static int nextStop(String s, int from) {
        int end = s.length();
        for (String stop : new String[] {". ", ";", "—", " ("}) {
            int i = s.indexOf(stop, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return s.endsWith(".") && end == s.length() ? end - 1 : end;
    }
}
