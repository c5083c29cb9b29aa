package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a stated property is about. Properties of a link (transport, authentication, data carried)
 * belong to the flows the sentence states, if any. Otherwise to the component named nearest the
 * words (before them if any, else after), not counting a component the words themselves name
 * or right after it as the means ("encrypted with KMS" is not about KMS). A sentence that names no other component speaks of
 * the component named last in the previous sentence (unless it opens with people: "Users may share
 * …" is no earlier part's act), or else of the whole system; so does one whose subject is a pronoun
 * ("It is not encrypted; we never turned KMS on") when the components it names come only after the
 * words; data a store's own name states ("Training Data Lake") is what that store holds. A data-store-only hit ("is encrypted") needs a data store and is dropped without one; a
 * trained model named by what it is takes only what can be said of a model (where it comes from,
 * what it learns from, who may call it), not roles, keys, disks or data classes.
 */
final class FactSubjects {
    private static final Set<Property> OF_FLOWS =
            Set.of(Property.TRANSPORT, Property.AUTHENTICATION, Property.DATA_CLASSIFICATION);

    /** What can be said of a trained model named by what it is ("the fraud model"), not of where it runs. */
    private static final Set<Property> MODEL_PROPERTIES = Set.of(Property.MODEL_SOURCE, Property.DATA_PROVENANCE,
            Property.OUTPUT_HANDLING, Property.TOOL_ACCESS, Property.INPUT_VALIDATION, Property.EXTERNAL_CONTENT,
            Property.AUTHENTICATION, Property.EXPOSURE, Property.RATE_LIMITING);

    private static final java.util.regex.Pattern PEOPLE_FIRST = java.util.regex.Pattern.compile("(?i)^\\W*(?:the |our |"
            + "all |any |some )?(?:end[- ])?(?:users?|customers?|employees?|staff|admins?|administrators?|operators?"
            + "|developers?|engineers?|members?|subscribers?|visitors?|anyone|people|attackers?)\\b");

    private static final java.util.regex.Pattern MEANS =
            java.util.regex.Pattern.compile("(?i)\\s*(?:at[- ]rest\\s+)?(?:with|by|using|via|through)\\s+(?:the\\s+|an?\\s+)?");

    private static final java.util.regex.Pattern USES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:uses?|using|with|via|through|relies on)\\s+(?:the\\s+|an?\\s+)?$");

    /** "iManage's permission model": a possessive names whose model it is, not who is granted; "Fleet Manager's task role" does. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:[’']s|(?<=s)[’'])(?!\\w)(?!\\s+(?:\\w+\\s+){0,2}"
            + "(?:role|roles|account|identity|principal|credentials?|key|keys|token|tokens|policy|policies|permissions|grants?)\\b)");

    /** "PR runs in the same VNet as the Matter API and …": a part named for comparison does nothing here. */
    private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:same|similar)\\b[^.;,]{0,40}\\b(?:as|to)\\s+(?:the\\s+|an?\\s+)?$|\\b(?:like|unlike|than)\\s+(?:the\\s+|an?\\s+)?$");

    private static final java.util.regex.Pattern PRONOUN_FIRST =
            java.util.regex.Pattern.compile("(?is)\\s*(?:it|its|they|this|that|these|those)\\b.*");

    private FactSubjects() {}

    static List<String> of(SecurityPatterns.Hit hit, String text, List<Flows.Found> flows, List<Mention> named,
            List<Mention> previous) {
        Optional<Mention> holder = named.stream().filter(m -> hit.property() == Property.DATA_CLASSIFICATION
                && m.ref().kind().isDataStore() && m.overlaps(hit.start(), hit.end())).findFirst();
        if (holder.isPresent()) {
            return List.of(holder.get().ref().id()); // "Training Data Lake": a store named for what it holds
        }
        boolean granted = hit.property() == Property.AUTHORIZATION
                && (hit.value().equals("over-broad") || hit.value().equals("privileged"));
        Optional<Mention> grantee = named.stream().filter(m -> m.end() <= hit.start() && !m.ref().kind().isDataStore()
                && m.ref().kind() != ComponentKind.EXTERNAL_ENTITY && !POSSESSIVE.matcher(text.substring(m.end())).lookingAt())
                .findFirst(); // not a possessive: "iManage's model makes grants hard, so DSC runs as …"
        if (hit.property() == Property.TAMPER_PROTECTION && hit.value().equals("unsigned")
                && VERIFIES.matcher(text.substring(hit.start(), hit.end())).find()) {
            Optional<Mention> verifier = named.stream().filter(m -> m.end() <= hit.start() && !m.ref().kind().isDataStore())
                    .reduce((a, b) -> b);
            if (verifier.isPresent()) {
                return List.of(verifier.get().ref().id()); // "the Receiver does not verify the Stripe-Signature header"
            }
        }
        if (hit.property() == Property.AUTHORIZATION && hit.value().equals("fails-open")) {
            java.util.regex.Matcher decides = DECIDES.matcher(text);
            if (decides.find(hit.start())) {
                int at = decides.start();
                Optional<Mention> decider = named.stream().filter(m -> m.start() < at && !m.ref().kind().isDataStore())
                        .reduce((a, b) -> b);
                if (decider.isPresent()) {
                    return List.of(decider.get().ref().id()); // "if Sentinel times out, Checkout treats it as allow"
                }
            }
        }
        if (granted && grantee.isPresent()) {
            return List.of(grantee.get().ref().id()); // "The PDF Renderer's role has s3:* on the bucket": the renderer's
        }
        if (OF_FLOWS.contains(hit.property()) && !flows.isEmpty()) {
            Optional<Mention> store = elsewhere(hit, flows, named);
            if (store.isPresent()) {
                return List.of(store.get().ref().id()); // "… and saves the trained model to the Registry"
            }
            return carrying(hit, flows, named).stream().map(f -> DataFlow.idOf(f.source().id(), f.target().id()))
                    .distinct().toList();
        }
        // how people sign in is theirs; no other property describes a person ("Users may share … publicly")
        // (but nobody "has no authentication": "No account is needed, because many drivers aren't residents" is the page's)
        List<Mention> mentions = named.stream().filter(m -> m.ref().kind() != ComponentKind.EXTERNAL_ENTITY
                || hit.property() == Property.AUTHENTICATION && !hit.value().equals("none")).toList();
        Set<String> saying = mentions.stream().filter(m -> m.overlaps(hit.start(), hit.end()) || means(text, hit, m))
                .map(m -> m.ref().id()).collect(Collectors.toSet());
        List<Mention> others = mentions.stream().filter(m -> !saying.contains(m.ref().id())).toList();
        List<Mention> here = others.stream().filter(m -> fits(hit, m)
                && !COMPARED.matcher(text.substring(0, m.start())).find()).toList();
        Optional<Mention> nearest = here.stream().filter(m -> m.end() <= hit.start()).reduce((a, b) -> b);
        Optional<Mention> referred = previous.stream().filter(m -> fits(hit, m)).reduce((a, b) -> b);
        if (nearest.isEmpty() && referred.isPresent() && PRONOUN_FIRST.matcher(text.substring(0, hit.start())).matches()) {
            return List.of(referred.get().ref().id()); // "It is not encrypted; we never turned KMS on": it, not KMS
        }
        nearest = nearest.or(() -> here.stream().filter(m -> m.start() >= hit.end())
                .filter(m -> !sealed(hit, text.substring(hit.end(), m.start())))
                .min(Comparator.comparingInt(Mention::start)));
        if (nearest.isPresent()) {
            return List.of(nearest.get().ref().id());
        }
        if (!others.isEmpty()) {
            // about this sentence's components, and none of them fits
            boolean systemWide = modelOnly(hit.property()) || hit.property() == Property.TAMPER_PROTECTION
                    || hit.value().equals("raw-html"); // "the model's drafts are shown with dangerouslySetInnerHTML": some UI's
            return systemWide && !hit.dataStoreOnly() ? List.of(Fact.SYSTEM) : List.of();
        }
        boolean namesMeans = mentions.stream().anyMatch(m -> means(text, hit, m));
        boolean opensWithOther = mentions.isEmpty() && OTHER_SUBJECT.matcher(Labels.strip(text)).lookingAt();
        if (namesMeans || opensWithName(text, mentions) || opensWithOther || PEOPLE_FIRST.matcher(text).find()) {
            // a sentence naming only a means ("exports are encrypted with KMS", "KMS keys rotate") or about
            // people is no earlier part's
            return hit.dataStoreOnly() ? List.of() : List.of(Fact.SYSTEM);
        }
        if (hit.property() == Property.TAMPER_PROTECTION && !hit.dataStoreOnly() || hit.value().equals("open-egress")) {
            // "Anti-rollback is not implemented", "Egress is unrestricted": no gap of the part named last
            return List.of(Fact.SYSTEM);
        }
        // an outside party the doc introduces by name ("CardCore") is no subject a later sentence leaves unsaid
        Optional<Mention> before = previous.stream().filter(m -> fits(hit, m) && !saying.contains(m.ref().id())
                && !(m.ref().kind() == ComponentKind.EXTERNAL_SERVICE && m.ref().namedByRole())).reduce((a, b) -> b);
        if (before.isPresent()) {
            return List.of(before.get().ref().id());
        }
        return hit.dataStoreOnly() ? List.of() : List.of(Fact.SYSTEM);
    }

    /**
     * "reads labelled examples from the Warehouse and writes the trained model to the Registry": data
     * named in a sentence of several flows is carried by the flows of the part named next after it.
     */
    /** Data named right before a store none of the sentence's flows reaches is what that store holds. */
    private static Optional<Mention> elsewhere(SecurityPatterns.Hit hit, List<Flows.Found> flows, List<Mention> named) {
        if (hit.property() != Property.DATA_CLASSIFICATION) {
            return Optional.empty();
        }
        Set<String> ends = flows.stream().flatMap(f -> java.util.stream.Stream.of(f.source().id(), f.target().id()))
                .collect(Collectors.toSet());
        return named.stream().filter(m -> m.start() >= hit.end()).findFirst()
                .filter(m -> m.ref().kind().isDataStore() && !ends.contains(m.ref().id()));
    }

    private static List<Flows.Found> carrying(SecurityPatterns.Hit hit, List<Flows.Found> flows, List<Mention> named) {
        if (flows.size() < 2 || hit.property() != Property.DATA_CLASSIFICATION) {
            return flows;
        }
        Set<String> ends = flows.stream().flatMap(f -> java.util.stream.Stream.of(f.source().id(), f.target().id()))
                .collect(Collectors.toSet());
        Optional<String> next = named.stream().filter(m -> m.end() > hit.start() && ends.contains(m.ref().id()))
                .map(m -> m.ref().id()).findFirst();
        List<Flows.Found> its = flows.stream().filter(f -> next.filter(id -> f.source().id().equals(id)
                || f.target().id().equals(id)).isPresent()).toList();
        return its.isEmpty() ? flows : its;
    }

    /**
     * "keys are stored in flash (no secure element on one model; the other model has one)": what a
     * device stores is not said of a part named in a later clause or an aside.
     */
    private static boolean sealed(SecurityPatterns.Hit hit, String gap) {
        return hit.property() == Property.TAMPER_PROTECTION && gap.matches("(?s).*[;(].*");
    }

    /**
     * "The MLLP listener on port 6661 uses no TLS", "The `lab.notify` queue …": a sentence whose subject is a
     * thing named by an acronym, a proper name or code that is none of the parts speaks of that thing, not of
     * the part the previous sentence named.
     */
    private static final java.util.regex.Pattern OTHER_SUBJECT = java.util.regex.Pattern.compile(
            "\\s*(?:(?:The|Our|Its|Their|Each|Every)\\s+)?(?!(?:TLS|mTLS|MFA|2FA|SSO|RBAC|ABAC|JWTs?|HTTPS?|APIs?|PII|IAM|KMS"
                    + "|TOTP|OIDC|SAML|ACLs?|CORS|CSRF|XSS|SQL|DNS|VPNs?|VPCs?|SMS|SLAs?|PKCE|OAuth|CI|CD)\\b)"
                    + "(?:[A-Z]{2,}[\\w-]*|`[^`]+`)\\s+[a-z]|\\s*(?:The|Our|Its|Their)\\s+[A-Z][a-z]+\\s+[a-z]");

    /** A gap stated as a check not made: the part that should make it is the one it is about. */
    private static final java.util.regex.Pattern VERIFIES = java.util.regex.Pattern.compile("(?i)\\b(?:verify|check|validate)\\b");

    /** The verb of the part that decides what a failed check means ("… the Checkout Service treats the result as allow"). */
    private static final java.util.regex.Pattern DECIDES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:treat|default|fall|proceed|let)\\w*\\b");

    private static boolean opensWithName(String text, List<Mention> mentions) {
        return !mentions.isEmpty() && Words.of(Labels.strip(text.substring(0, mentions.get(0).start()))).stream()
                .allMatch(w -> w.lower().matches("the|a|an|our|its|their|each|every|all"));
    }

    /** "encrypted with AWS KMS", "uses AWS KMS for encryption at rest": the part named as the means. */
    private static boolean means(String text, SecurityPatterns.Hit hit, Mention m) {
        if (m.end() <= hit.start()) { // "uses AWS KMS for encryption at rest"
            return USES.matcher(text.substring(0, m.start())).find()
                    && text.substring(m.end(), hit.start()).matches("(?i)\\s*(?:for|to provide|to)\\s+");
        }
        if (m.overlaps(hit.start(), hit.end())) { // "encrypted with AWS KMS" where "KMS" itself states kms
            return USES.matcher(text.substring(0, m.start())).find();
        }
        return m.start() >= hit.end() && MEANS.matcher(text.substring(hit.end(), m.start())).matches();
    }

    /** What a model does with its output, where it comes from and its tools: of a model-like part, else the system. */
    private static boolean modelOnly(Property p) {
        return p == Property.OUTPUT_HANDLING || p == Property.MODEL_SOURCE || p == Property.TOOL_ACCESS;
    }

    /**
     * Data-store-only hits need a data store, model-only ones (output handling, model source, tools)
     * a model, pipeline or notebook; where secrets live is no question for a secrets store,
     * nor logging for a log store; stores and key stores sign, verify and revoke nothing.
     */
    private static boolean fits(SecurityPatterns.Hit hit, Mention m) {
        ComponentKind kind = m.ref().kind();
        if (kind == ComponentKind.ML_MODEL && m.ref().namedByRole() && !MODEL_PROPERTIES.contains(hit.property())) {
            return false; // a trained model has no roles, keys or disks of its own: where it is kept or served does
        }
        if (hit.property() == Property.TAMPER_PROTECTION && !hit.value().equals("secure-element")
                && !hit.value().equals("immutable") && (kind.isDataStore() || kind == ComponentKind.SECRETS_STORE)) {
            return false; // the bucket an image comes from, or the key it is signed with, checks nothing
        }
        if (hit.property() == Property.INPUT_VALIDATION && hit.value().equals("raw-html")
                && (kind.isDataStore() || kind == ComponentKind.LOGGING || kind == ComponentKind.QUEUE
                        || kind == ComponentKind.LLM || kind == ComponentKind.ML_MODEL)) {
            return false; // "renders bodies from ClickHouse (the model's tables) with dangerouslySetInnerHTML": they show nothing
        }
        return (!hit.dataStoreOnly() || kind.isDataStore())
                && (!modelOnly(hit.property()) || kind.isMachineLearning() && !kind.isDataStore())
                && !(hit.property() == Property.SECRETS && kind == ComponentKind.SECRETS_STORE)
                && !(hit.property() == Property.LOGGING && kind == ComponentKind.LOGGING
                        && !hit.value().equals("payloads") && !hit.value().equals("mutable")); // a log store holds them
    }
}
