package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People outside the system, named by their role: the role of a user story ("As a fleet manager, I
 * want …"), people who act at the start of a clause ("Cluster administrators apply manifests",
 * "Contributors and maintainers open pull requests") and people named as the agent of a passive
 * ("must be approved by at least one maintainer"). A lone role word that does not act ("user
 * pool", "users' data") names nobody. What such a person does to a part they name next ("use the
 * web front end", "apply manifests to the API server") is a flow from them to that part, or to the
 * part named after a trained model they move ("deploy the fraud model to the Scoring Service").
 */
final class People {
    private static final String ROLE = "(?:users?|customers?|engineers?|developers?|admins?|administrators?"
            + "|maintainers?|contributors?|analysts?|scientists?|reviewers?|approvers?|members?|employees?"
            + "|tenants?|subscribers?|patients?|clinicians?|students?|teachers?|buyers?|sellers?|shoppers?"
            + "|visitors?|players?|authors?|editors?|auditors?|stewards?|owners?|officers?|researchers?|testers?"
            + "|architects?|merchants?|partners?|riders?|guests?|residents?|citizens?|staff|people|humans?"
            + "|end-users?"
            + "|(?-i:managers?))";
    private static final String ACT = "(?:use|uses|access(?:es)?|visit(?:s)?|brows(?:e|es)|open(?:s)?|appl(?:y|ies)"
            + "|submit(?:s)?|send(?:s)?|upload(?:s)?|push(?:es)?|commit(?:s)?|merge(?:s)?|creat(?:e|es)|edit(?:s)?"
            + "|updat(?:e|es)|configur(?:e|es)|manag(?:e|es)|deploy(?:s)?|install(?:s)?|run(?:s)?|invok(?:e|es)"
            + "|call(?:s)?|(?:log|sign)s?\\s+in(?:to)?|authenticat(?:e|es)|interact(?:s)?|enter(?:s)?|request(?:s)?"
            + "|register(?:s)?|connect(?:s)?|post(?:s)?|defin(?:e|es)|writ(?:e|es)|talk(?:s)?|chat(?:s)?|ask(?:s)?"
            + "|query|queries|view(?:s)?|download(?:s)?|read(?:s)?|approv(?:e|es)|review(?:s)?|trigger(?:s)?"
            + "|launch(?:es)?"
            + "|start(?:s)?|schedul(?:e|es)|train(?:s)?|build(?:s)?|label(?:s)?|publish(?:es)?|search(?:es)?|pay(?:s)?"
            + "|order(?:s)?|book(?:s)?|share(?:s)?)";
    private static final String MODIFIER = "(?:(?!(?i:the|an?|all|our|their|its|this|these|those|then|when|once|and|or"
            + "|if|so|typically|usually|also|only|each|every|any|some|other|both|many|most|such|new|existing|where"
            + "|while|after|before|because|since|that|which|who|it|they|we|you|he|she|i|there|here|is|are|was|were|be"
            + "|has|have|can|will|may|must|should|lets?|allows?|helps?|enables?|makes?|gives?|offers?|shows?|tells?"
            + "|serves?|supports?)\\b)[\\p{L}][\\p{L}\\p{N}-]*\\s+){0,2}";
    /** "user uploads are scanned": the word after the verb shows it was a noun. */
    private static final String NOT_NOUN = "(?!\\s+(?i:are|is|were|was|have|has|had|will|would|can|could|must|should"
            + "|may|might|of|for|and|or)\\b)";
    private static final Pattern STORY = Pattern.compile(
            "(?i)\\bas\\s+an?\\s+(?!(?:result|consequence|example|rule|reminder|note|precaution|default|fallback"
                    + "|workaround|bonus|minimum|summary|whole|side\\s+effect|first\\s+step)\\b)"
                    + "((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)\\s*,\\s*I\\s+(?:want|need|would|can|should|must"
                    + "|expect|am|have)\\b");
    private static final Pattern ACTING = Pattern.compile("(?:^|[,;:(]\\s*|\\b(?i:and|when|then|once|where)\\s+)"
            + "(?:(?i:the|our|all|each|every|any|an?|only|also|typically|usually|most|many|some|other)\\s+)?("
            + MODIFIER + "(?i:" + ROLE + ")(?:\\s*(?:/|,|\\band\\b|\\bor\\b)"
            + "\\s*" + MODIFIER + "(?i:" + ROLE + "))?)\\s+((?i:can|may|must|will|should|typically|usually|then|also"
            + "|first|only)\\s+)?((?i:" + ACT + "))\\b" + NOT_NOUN);
    /** "approved by at least one maintainer": people named as the agent of a passive act on the system. */
    private static final Pattern AGENT = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|must\\s+be)\\s+"
            + "(?:\\w+\\s+and\\s+)?"
            + "(?:reviewed|approved|merged|signed|submitted|uploaded|configured|managed|administered|deployed"
            + "|installed|applied|triggered|accessed|used|entered|edited|requested|initiated|invoked|operated|provided"
            + "|supplied|specified|defined)"
            + "\\s+by\\s+(?:(?:the|an?|at\\s+least\\s+(?:one|two)|one|two|any|each|every|our|their)\\s+)?("
            + MODIFIER + ROLE + ")\\b(?!['’])");
    private static final Map<String, String> PLURALS = Map.of("people", "person", "staff", "staff");

    private People() {}

    /** The people this sentence names by their role, as external actors. */
    static List<ComponentRef> discover(Sentence s) {
        List<ComponentRef> found = new ArrayList<>();
        String text = Labels.strip(s.analysed());
        Matcher story = STORY.matcher(text);
        while (story.find()) {
            found.add(actor(story.group(1)));
        }
        Matcher agent = AGENT.matcher(text);
        while (agent.find()) {
            found.add(actor(agent.group(1)));
        }
        Matcher acting = ACTING.matcher(text);
        while (acting.find()) {
            if (acting.group(2) != null || agrees(acting.group(1), acting.group(3))) {
                found.add(actor(acting.group(1)));
            }
        }
        return found;
    }

    /**
     * How the text names a person: a role name anywhere; a lone role word ("User") only where the
     * person acts or the phrase ends ("users upload", "sent to the user."), never as a modifier
     * ("user pool", "user session token", "users' data").
     */
    static Term term(String name, ComponentRef ref) {
        Term any = Term.caseInsensitive(name, ref);
        if (name.contains(" ")) {
            return any;
        }
        String acts = "(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:(?i:who|and|or|can|may|must|will|should|are|is|were|was|have|has"
                + "|do|does|never|always|then|also|only|first|typically|usually)\\b|(?i:" + ACT + ")\\b" + NOT_NOUN
                + "))";
        Pattern acting = Pattern.compile(any.pattern().pattern() + "(?!['’])" + acts, any.pattern().flags());
        return new Term(acting, any.anchor(), ref);
    }

    /** "Kubernetes administrators apply manifests to the API server": the actor → the part it acts on. */
    static List<Flows.Found> acts(String text, List<Mention> mentions) {
        List<Flows.Found> found = new ArrayList<>();
        Pattern verb = Pattern.compile("^\\s*(?:\\w+\\s+)?(?i:" + ACT + ")\\b" + NOT_NOUN);
        for (Mention m : mentions) {
            if (m.ref().kind() != ComponentKind.EXTERNAL_ENTITY) {
                continue;
            }
            Matcher v = verb.matcher(text.substring(m.end()));
            if (!v.find() || Negation.denies(text, m.start(), m.end() + v.end())) {
                continue;
            }
            int from = m.end() + v.end();
            mentions.stream().filter(o -> o.start() >= from).findFirst()
                    .filter(o -> Words.count(text.substring(from, o.start())) <= 6
                            && !text.substring(from, o.start()).matches("(?s).*[;.:{}\"→].*"))
                    .filter(o -> o.ref().kind() != ComponentKind.EXTERNAL_ENTITY)
                    .map(o -> destination(text, mentions, o))
                    .ifPresent(o -> found.add(new Flows.Found(m.ref(), o.ref())));
        }
        return found;
    }

    /** "deploys the fraud model to the Scoring Service": a trained model is what goes, the part after it where. */
    static Mention destination(String text, List<Mention> mentions, Mention object) {
        if (object.ref().kind() != ComponentKind.ML_MODEL) {
            return object;
        }
        return mentions.stream().filter(o -> o.start() >= object.end()).findFirst()
                .filter(o -> o.ref().kind() != ComponentKind.EXTERNAL_ENTITY && TO.matcher(
                        text.substring(object.end(), o.start())).matches()).orElse(object);
    }

    private static final Pattern TO = Pattern.compile("(?i)\\s+(?:weights\\s+|files?\\s+)?(?:to|into|onto)"
            + "\\s+(?:the\\s+|an?\\s+|our\\s+|its\\s+)?");

    /** "Users upload", "the user uploads": not "user uploads", which is a noun. */
    private static boolean agrees(String subject, String verb) {
        String head = subject.toLowerCase(Locale.ROOT).replaceAll(".*[\\s/]", "");
        boolean plural = head.endsWith("s") || PLURALS.containsKey(head) || subject.matches("(?i).*\\b(?:and|or)\\b.*");
        boolean third = verb.toLowerCase(Locale.ROOT).replaceAll("\\s.*", "").endsWith("s");
        return plural != third;
    }

    private static ComponentRef actor(String phrase) {
        String name = phrase.strip().replaceAll("\\s+", " ");
        if (!name.matches("(?i).*\\b(?:and|or|/)\\b.*|.*/.*")) {
            name = singular(name);
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new ComponentRef(Slugs.of(name), name, ComponentKind.EXTERNAL_ENTITY, "");
    }

    private static String singular(String name) {
        int space = name.lastIndexOf(' ');
        String head = name.substring(space + 1);
        String lower = head.toLowerCase(Locale.ROOT);
        String one = PLURALS.containsKey(lower) ? PLURALS.get(lower)
                : lower.endsWith("s") && !lower.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return name.substring(0, space + 1) + one;
    }
}
