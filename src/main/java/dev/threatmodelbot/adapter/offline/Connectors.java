package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that link two named components into a data flow, and which way the data goes.
 *
 * <p>Convention: a flow runs the way the data goes. "A sends to / writes to / calls B" is A → B;
 * "A reads from / fetches from / queries / polls B" is B → A; "B is called by A" is A → B and
 * "B is read by A" is B → A; "handled by / serviced by" is the request's way (left → right). Between a
 * front and its back end ("backed by", "behind", "the origin of") data held in the back end goes to
 * the front (S3 bucket → CDN), and requests go from the front to any other back end (load balancer →
 * service).
 */
final class Connectors {
    /**
     * FORWARD: the name left of the words is the source; BACKWARD: it is the target. BACK_END: the
     * right name is the back end of the left ("A is backed by B"), FRONT_END: the right name fronts
     * the left ("A sits behind B", "A is the origin of B"); a back end that holds data sends it to its
     * front, any other back end gets the front's requests.
     */
    enum Way {
        FORWARD,
        BACKWARD,
        BACK_END,
        FRONT_END,
        /** "embeds the articles with OpenAI": the data goes to the model or outside service named as the means. */
        MEANS
    }

    /**
     * One pattern. {@code passive} connectors never borrow a subject from a heading or the previous
     * sentence ("they are processed by X" says nothing about who "they" are); {@code reach} is how
     * many words may stand between the words and the target's name; a {@code bare} connector spans a
     * long object and holds only when no name stands inside it (the object is data, not a part).
     */
    record Connector(Pattern pattern, Way way, boolean passive, int reach, boolean bare) {

        Connector(Pattern pattern, Way way, boolean passive, int reach) {
            this(pattern, way, passive, reach, false);
        }
    }

    /** Up to four words of object; a code span ("`issues.labeled`") is one word, whatever it holds. */
    private static final String OBJECT = "(?:\\s+(?!(?:from|to|into|by|and|or)\\b)(?:`[^`]{1,60}`|[^\\s.;:]+)){0,4}?";
    /** "loads the last 20 turns of the conversation from B": what is fetched may take more words before its source. */
    private static final String LONG_OBJECT = "(?:\\s+[a-z]+\\s+(?:and|or)\\s+[a-z]+ed(?=\\s)" // "new and changed files"
            + "|\\s+(?!(?:from|to|into|by|and|or|then|which|that)\\b)(?:`[^`]{1,60}`|[^\\s.;:]+)){0,8}?";
    /** "sends the system prompt, the retrieved passages and the last turns to B": a listed object, no name in it. */
    private static final String LISTED_OBJECT =
            "(?:\\s+(?!(?:from|to|into|by|which|that|who|then)\\b)[^\\s.;:]+){5,16}?";
    /** "downloads the image using a pre-signed S3 URL": a link that grants access to B is a download from B. */
    private static final String SIGNED_LINK = "\\s+(?:using|via|through|with|from|over)\\s+(?:an?\\s+|the\\s+)?"
            + "(?:pre-?signed|signed|temporary|time-limited|short-lived|expiring)\\s+(?=\\S+(?:\\s+\\S+)?\\s+(?:URLs?|links?)\\b)";
    private static final String PUSH = "send|sends|sending|sent|write|writes|writing|wrote|written"
            + "|publish(?:es|ed|ing)?|post(?:s|ed|ing)?|push(?:es|ed|ing)?|forward(?:s|ed|ing)?|rout(?:e|es|ed|ing)"
            + "|prox(?:y|ies|ied|ying)"
            + "|upload(?:s|ed|ing)?|stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|persist(?:s|ed|ing)?"
            + "|transfer(?:s|red|ring)?|pass(?:es|ed|ing)?|deliver(?:s|ed|ing)?|emit(?:s|ted|ting)?|return(?:s|ed|ing)?"
            + "|enqueu(?:e|es|ed|ing)|inject(?:s|ed|ing)?|sync(?:s|ed|ing)?|synchroni[sz](?:e|es|ed|ing)"
            + "|replicat(?:e|es|ed|ing)|export(?:s|ed|ing)?|deploy(?:s|ed|ing)?|put(?:s|ting)?|insert(?:s|ed|ing)?"
            + "|stream(?:s|ed|ing)?|upsert(?:s|ed|ing)?|log(?:s|ged|ging)?|ship(?:s|ped|ping)?|submit(?:s|ted|ting)?"
            + "|cop(?:y|ies|ied|ying)|mirror(?:s|ed|ing)?|archiv(?:e|es|ed|ing)|dispatch(?:es|ed|ing)?"
            + "|respond(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|cach(?:e|es|ed|ing)|record(?:s|ed|ing)?|hand(?:s|ed|ing)?"
            + "|append(?:s|ed|ing)?|queu(?:e|es|ed|ing)|produc(?:e|es|ed|ing)"
            + "|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|maintain(?:s|ed|ing)?";
    private static final String PULL = "read|reads|reading|fetch(?:es|ed|ing)?|pull(?:s|ed|ing)?|load(?:s|ed|ing)?"
            + "|retriev(?:e|es|ed|ing)|download(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|consum(?:e|es|ed|ing)"
            + "|get|gets|getting|got|gather(?:s|ed|ing)?|collect(?:s|ed|ing)?|import(?:s|ed|ing)?"
            + "|request(?:s|ed|ing)?|obtain(?:s|ed|ing)?|look(?:s|ed|ing)?\\s+up|quer(?:y|ies|ied|ying)"
            + "|scrap(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|(?<!\\b(?:is|are|was|were|be|been|being)\\s)serv(?:e|es|ed|ing)"
            + "|ingest(?:s|ed|ing)?"
            + "|poll(?:s|ed|ing)?|clon(?:e|es|ed|ing)|sync(?:s|ed|ing)?|synchroni[sz](?:e|es|ed|ing)"
            + "|replicat(?:e|es|ed|ing)|cop(?:y|ies|ied|ying)";
    private static final String CALL = "call|calls|calling|ask|asks|asking|invok(?:e|es|ing)|trigger(?:s|ing)?|notif(?:y|ies|ying)"
            + "|updat(?:e|es|ing)|creat(?:e|es|ing)(?:\\s+(?:or|and)\\s+updat(?:e|es|ing))?|populat(?:e|es|ing)"
            + "|deploy(?:s|ing)?|hit|hits|hitting|contact(?:s|ing)?|(?:connect|talk)(?:s|ed|ing)?\\s+to"
            + "|(?:communicat(?:e|es|ed|ing)|interact(?:s|ed|ing)?)\\s+with"
            + "|open(?:s|ed|ing)?\\s+(?:an?\\s+)?(?:secure\\s+|persistent\\s+|long-lived\\s+)?(?:WebSockets?|connections?|sessions?"
            + "|sockets?|streams?|tunnels?|channels?)\\s+(?:to|with)"
            + "|authenticat(?:e|es|ed|ing)\\s+(?:against|with|to|via|through)"
            + "|(?:log(?:s|ged|ging)?|sign(?:s|ed|ing)?)\\s+in(?:to)?(?:\\s+(?:to|via|with|through|using))?";
    private static final String ASK = "quer(?:y|ies|ying)|poll(?:s|ing)?|read|reads|reading|consum(?:e|es|ing)"
            + "|watch(?:es|ing)?|scrap(?:e|es|ing)|subscrib(?:e|es|ed|ing)\\s+to|listen(?:s|ed|ing)?\\s+(?:to|on)";
    /** Work a part hands to a model or an outside service: "embeds the chunks with OpenAI", "translates it using DeepL". */
    private static final String PROCESSED = "embed(?:s|ded|ding)?|re-?embed(?:s|ded|ding)?|summari[sz](?:e|es|ed|ing)"
            + "|classif(?:y|ies|ied|ying)|transcrib(?:e|es|ed|ing)|translat(?:e|es|ed|ing)|moderat(?:e|es|ed|ing)"
            + "|scor(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|generat(?:e|es|ed|ing)|label(?:s|led|ling)?"
            + "|caption(?:s|ed|ing)?|vectori[sz](?:e|es|ed|ing)|enrich(?:es|ed|ing)?";
    private static final String BE = "(?:is|are|was|were|be|been|being|gets?|got)\\s+(?:\\w+ly\\s+)?";
    private static final String PUSHED = "called|invoked|triggered|written|updated|notified|sent|pushed|forwarded"
            + "|routed|posted|published|deployed|uploaded|populated|created|replicated|synced|synchroni[sz]ed";
    private static final String PULLED = "read|fetched|pulled|loaded|retrieved|downloaded|consumed|queried|polled"
            + "|requested|scraped|accessed|watched";

    static final List<Connector> ALL = List.of(
            new Connector(words(BE + "(?:" + PUSHED + ")\\s+by"), Way.BACKWARD, true, 3),
            new Connector(words(BE + "(?:" + PULLED + ")\\s+by"), Way.FORWARD, true, 3),
            new Connector(words("(?:(?:handled|serviced|processed|fulfilled)\\s+(?:by|from)|served\\s+by)"),
                    Way.FORWARD, true, 3),
            new Connector(words("(?:backed\\s+(?:by|from|onto)|(?:is|are|was|were|be|been|being)\\s+served\\s+from)"),
                    Way.BACK_END, true, 3),
            new Connector(words("(?:fronted\\s+by|(?:(?:is|are|sits?|runs?|lives?|placed|deployed|hosted)\\s+)?behind"
                    + "|(?:is|are|acts\\s+as|serves\\s+as)\\s+(?:the|an?)\\s+origins?\\s+(?:of|for|behind))"),
                    Way.FRONT_END, true, 3),
            new Connector(words("(?:" + PUSH + ")" + OBJECT + "\\s+(?:to|into|onto|in|on|towards)"), Way.FORWARD, false,
                    3),
            new Connector(words("(?:" + PUSH + ")" + LISTED_OBJECT + "\\s+(?:to|into|onto|towards)"), Way.FORWARD,
                    false, 3, true),
            new Connector(words("(?:" + PULL + ")" + LONG_OBJECT + "\\s+from"), Way.BACKWARD, false, 3),
            new Connector(words("(?:" + PULL + ")" + OBJECT + SIGNED_LINK), Way.BACKWARD, false, 0),
            new Connector(words("(?:targeting|targets|addressed\\s+to)"), Way.FORWARD, false, 2),
            // "runs statements against the Lakehouse", "executes the query on the warehouse": the request goes to it
            new Connector(words("(?:run|runs|running|execut(?:e|es|ed|ing)|issu(?:e|es|ed|ing))" + OBJECT.replace("{0,4}", "{1,4}")
                    + "\\s+(?:against|on|in)"), Way.FORWARD, false, 2),
            new Connector(words("(?:" + PROCESSED + ")" + OBJECT + "\\s+(?:with|using|via|through|by\\s+calling)"),
                    Way.MEANS, false, 2),
            new Connector(Pattern.compile("(?i)\\b(?:" + PROCESSED + ")" + OBJECT + "\\s*\\((?=[^()]*\\))"), Way.MEANS,
                    false, 0),
            new Connector(words("(?:look-?ups?|look(?:s|ed|ing)?\\s+(?:it\\s+|them\\s+)?up" + OBJECT + ")\\s+(?:in|against|on)"),
                    Way.BACKWARD, false, 3),
            new Connector(words("(?:" + CALL + ")"), Way.FORWARD, false, 3),
            // "runs its loop against the model through the internal LLM gateway", "talks to Stripe via the egress proxy":
            // what the request passes through is reached first
            // (not "stores the secrets via ESO": what is done by means of a part is that part's doing)
            new Connector(words("(?:(?:" + CALL + "|runs?|goes|talks?|connects?|reach(?:es)?|send(?:s|ing)?|rout(?:e|es|ing)"
                    + "|forward(?:s|ing)?|pass(?:es|ing)?)" + LONG_OBJECT
                    + "\\s+(?:through|via))"), Way.FORWARD, false, 3),
            new Connector(words("(?<!\\b(?:is|are|was|were|be|been|being)\\s)(?:" + ASK + ")"), Way.BACKWARD,
                    false, 3));

    private Connectors() {}

    /** Whether the flow runs from the name left of the words to the one right of them. */
    static boolean forward(Way way, ComponentRef left, ComponentRef right) {
        return switch (way) {
            case FORWARD -> true;
            case BACKWARD -> false;
            case BACK_END -> !right.kind().isDataStore();
            case FRONT_END -> left.kind().isDataStore();
            case MEANS -> true;
        };
    }

    /** Whether a part named as the means of some work is one the data goes to (a model, an outside service). */
    static boolean takes(Way way, ComponentRef means) {
        return way != Way.MEANS || MEANS_KINDS.contains(means.kind());
    }

    private static final java.util.Set<dev.threatmodelbot.domain.context.ComponentKind> MEANS_KINDS = java.util.Set.of(
            dev.threatmodelbot.domain.context.ComponentKind.LLM, dev.threatmodelbot.domain.context.ComponentKind.ML_MODEL,
            dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_SERVICE,
            dev.threatmodelbot.domain.context.ComponentKind.API_GATEWAY); // "embeds the question through the LLM gateway"

    private static Pattern words(String regex) {
        return Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE);
    }
}
