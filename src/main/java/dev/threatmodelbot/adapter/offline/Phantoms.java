package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names by role that are no part of the system, judged on every sentence that uses them: a screen
 * or a vendor's console reached by clicking ("open the Newsletters Dashboard and click Create",
 * "in the AWS Console"), and people mistaken for processes. A person named with what they use
 * ("End User of Client Application") is the person; an operator of infrastructure ("Cluster
 * Operator") or a name followed by "who" is a person, an external actor.
 */
final class Phantoms {
    private static final Set<String> SCREENS = Set.of("dashboard", "console", "portal", "ui", "page", "screen");
    private static final Pattern NAVIGATION = Pattern.compile("(?i)\\b(?:click(?:s|ing)?|navigat(?:e|es|ing)"
            + "|go(?:es)? to|select(?:s)? the|choose|menu|tab|button|sidebar|drop-?down|wizard)\\b|\\s>\\s|»");
    private static final Set<String> VENDORS = Set.of("aws", "amazon", "azure", "microsoft", "gcp", "google",
            "cloudflare", "github", "gitlab", "okta", "auth0", "datadog", "stripe");
    private static final Set<String> OPERATED = Set.of("cluster", "platform", "system", "systems", "infrastructure",
            "infra", "network", "site", "security", "cloud", "database", "it", "ops", "human", "on-call", "service");
    private static final Pattern PERSON_OF = Pattern.compile(
            "^(.*?\\b(?:User|Users|Customer|Customers|Admin|Admins|Administrator|Administrators|Engineer|Engineers"
                    + "|Developer|Developers|Operator|Operators|Owner|Owners|Analyst|Analysts))\\s+of\\s+.+$");

    /** People whose job title ends in "agent": a support agent is a person, a build agent is not. */
    private static final Set<String> HUMAN_AGENTS = Set.of("human", "support", "customer", "service", "call", "sales",
            "contact", "live", "helpdesk", "tier-1", "tier-2");

    private Phantoms() {}

    /** The part a role name stands for, re-kinded or shortened for people; empty for a screen or console. */
    private static final Pattern NETWORK = Pattern.compile(
            "(?i)(?:[\\w-]+\\s+){0,2}(?:VPCs?|VNets?|VLANs?|subnets?|DMZ|security groups?|network segments?)");

    /** "the risk VPC", "the BAS VLAN": where parts sit, a boundary, not a part. */
    static boolean network(String name) {
        return NETWORK.matcher(name.strip()).matches();
    }

    /** Objects an identity provider keeps about an application, not parts that run: "the enterprise application". */
    private static final Pattern IDENTITY_OBJECT = Pattern.compile("(?i)(?:the\\s+)?(?:enterprise\\s+applications?"
            + "|app(?:lication)?\\s+registrations?|service\\s+principals?|managed\\s+identit(?:y|ies))");

    private static final Pattern VERB_LEAD = Pattern.compile("(?:Calls|Sends|Reads|Writes|Receives|Uses|Runs|Stores"
            + "|Returns|Serves|Hosts|Fetches|Forwards|Posts|Pushes|Pulls|Queries|Invokes)\\s+(\\p{Lu}.+)");

    /** A class of data ("Restricted", "Internal", "Open"): what a part holds, not a part. */
    private static final Pattern DATA_CLASS = Pattern.compile("(?i)(?:strictly |highly )?(?:public|open|internal"
            + "|confidential|restricted|secret|top secret|sensitive|private|personal|regulated)(?: data| datasets?)?");
    /** A topic a bold label opens ("**Access:**", "**Retention:**"): what a line is about, not a part. */
    private static final Pattern TOPIC = Pattern.compile("(?i)(?:access(?: control)?|security|auth(?:entication|ori[sz]ation)?"
            + "|logging|monitoring|observability|retention|storage|networking|network|deployment|hosting|costs?|pricing"
            + "|scaling|performance|availability|backups?|privacy|compliance|secrets|encryption|identity|rollout|testing"
            + "|operations|support|limits?|quotas?|permissions|roles|tenancy|auditing|audit)");

    static boolean dataClass(String name) {
        return DATA_CLASS.matcher(name.strip()).matches();
    }

    static boolean topic(String name) {
        return TOPIC.matcher(name.strip()).matches();
    }

    static Optional<ComponentRef> judge(ComponentRef r, List<Sentence> sentences) {
        if (dataClass(r.name())) {
            return Optional.empty();
        }
        if (r.namedByRole() && (network(r.name()) || IDENTITY_OBJECT.matcher(r.name().strip()).matches())) {
            return Optional.empty(); // "the risk VPC", "the BAS VLAN": where parts sit, a boundary, not a part
        }
        Matcher acting = VERB_LEAD.matcher(r.name());
        if (r.namedByRole() && acting.matches()) { // "Calls Meridian Trust Payments API for payouts": a cell's verb, then the part
            String name = acting.group(1);
            return Optional.of(new ComponentRef(Slugs.of(name), name, r.kind(), r.technology()));
        }
        Matcher personOf = PERSON_OF.matcher(r.name());
        if (personOf.matches()) {
            String name = personOf.group(1);
            return Optional.of(new ComponentRef(Slugs.of(name), name, ComponentKind.EXTERNAL_ENTITY, ""));
        }
        String[] words = r.name().toLowerCase(Locale.ROOT).split(" ");
        String head = words[words.length - 1];
        if (SCREENS.contains(head) && (VENDORS.contains(words[0]) || navigated(r, sentences)) || shownAsScreen(r, sentences)) {
            return Optional.empty();
        }
        if (head.matches("agents?") && words.length == 2 && HUMAN_AGENTS.contains(words[0])) {
            return Optional.of(new ComponentRef(r.id(), r.name(), ComponentKind.EXTERNAL_ENTITY, "")); // "Support Agent"
        }
        boolean operatorOfThings = head.matches("operators?") && words.length == 2 && OPERATED.contains(words[0]);
        if (operatorOfThings || who(r, sentences)) {
            return Optional.of(new ComponentRef(r.id(), r.name(), ComponentKind.EXTERNAL_ENTITY, ""));
        }
        return Optional.of(r);
    }

    /** "its "Release Queue" screen shows held results": a name the text calls a screen, page, tab or view. */
    private static boolean shownAsScreen(ComponentRef r, List<Sentence> sentences) {
        Pattern screen = Pattern.compile("(?i)\\b" + Pattern.quote(r.name()) + "[\"”'’*_]*\\s+(?:screen|page|tab|view|panel"
                + "|dialog|modal)\\b(?!\\s+(?:every|all|each|the|an?|incoming|new|out|for)\\b)");
        return sentences.stream().anyMatch(s -> screen.matcher(s.analysed()).find());
    }

    private static boolean navigated(ComponentRef r, List<Sentence> sentences) {
        Pattern name = Pattern.compile("(?i)\\b" + Pattern.quote(r.name()) + "\\b");
        return sentences.stream().anyMatch(s -> name.matcher(s.analysed()).find()
                && NAVIGATION.matcher(s.analysed()).find());
    }

    private static boolean who(ComponentRef r, List<Sentence> sentences) {
        Pattern who = Pattern.compile("(?i)\\b" + Pattern.quote(r.name()) + "s?,?\\s+who\\b");
        return sentences.stream().anyMatch(s -> who.matcher(s.analysed()).find());
    }

    /** A sentence that walks through screens ("Settings > Billing", "click Save") states no flow. */
    static boolean navigation(Sentence s) {
        return NAVIGATION.matcher(s.analysed()).find();
    }
}
