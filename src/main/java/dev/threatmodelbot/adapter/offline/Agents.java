package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who stands on the left of a connector. The name just before it, unless it is the object of an
 * earlier verb ("reads from A and writes to B"); then the sentence's subject, when the sentence
 * opens with a name ("The operator reads … and injects … into B", "A nightly indexer reads …"); then, for a subject-less item
 * ("Fetches secrets from Vault"), the component the heading above names, and for a pronoun ("It
 * reads from S3"), the first component of the previous sentence. A passive connector or a bare
 * participle ("images stored in B") takes only the name just before it.
 */
final class Agents {
    static final int REACH = 4;
    /**
     * Who "it" is: the previous sentence's subject, unless that is only where the topic runs ("**Agent runtime:** Python
     * service on the k8s cluster. It runs …": the runtime, not the cluster).
     */
    private static Optional<ComponentRef> previousOrTopic(Flows.Context context) {
        return context.previousSubject().filter(p -> p.kind() != dev.threatmodelbot.domain.context.ComponentKind.CONTAINER_PLATFORM
                || context.topic().isEmpty()).or(context::topic);
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)^\\s*(?:it|they|this|these|which)\\b");
    private static final Pattern BE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)^(?:\\w+ed|sent|written|got|put|stored|kept)\\b");
    private static final Pattern RELATIVE =
            Pattern.compile("(?i),\\s*(?:which|who|that)\\s+(?:(?:\\w+ly|then|also|in turn)\\s+)?$");
    /** "On merge to main, the Build job …": an opening phrase says when, the name after it is the subject. */
    private static final Pattern LEAD = Pattern.compile("(?i)^\\s*(?:on|when|whenever|after|before|once|if|every"
            + "|each|during|at|in|for|nightly|daily|then)\\b[^,;:]*,\\s*");
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:and|or)\\b");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "this");

    private Agents() {}

    static Optional<ComponentRef> of(String text, List<Mention> mentions, int at, boolean passive,
            Flows.Context context) {
        if (RELATIVE.matcher(text.substring(0, at)).find()) {
            return antecedent(text, mentions, at);
        }
        Optional<Mention> nearest = nearest(text, mentions, at, REACH).map(n -> appositive(text, mentions, n, at));
        boolean coordinated =
                nearest.isPresent() && COORDINATED.matcher(text.substring(nearest.get().end(), at)).find();
        if (passive || PARTICIPLE.matcher(text.substring(at)).find()) {
            String gap = nearest.map(n -> text.substring(n.end(), at)).orElse("");
            boolean listed = gap.matches("(?s)\\s*,.*");
            boolean ownSubject = BE_BEFORE.matcher(gap).find(); // "from B and the prompt is sent to C": not B's act
            return coordinated && (listed || ownSubject) ? Optional.empty() : nearest.map(Mention::ref);
        }
        if (nearest.isPresent() && !coordinated) {
            return nearest.map(Mention::ref);
        }
        return subject(text, mentions, at).or(() -> !coordinated ? implicit(text, at, context)
                : pronounSubject(text.substring(0, at)) ? previousOrTopic(context) : Optional.empty());
    }

    /**
     * "The dispatcher, a small Cloud Run service, consumes … and looks up …": a name inside an apposition
     * describes the name before it, which is the one that acts.
     */
    private static Mention appositive(String text, List<Mention> mentions, Mention nearest, int at) {
        if (!text.substring(nearest.end(), at).matches("(?s)[^,;.]{0,30},.*")) {
            return nearest;
        }
        return mentions.stream().filter(m -> m.end() <= nearest.start()).reduce((a, b) -> b)
                .filter(head -> APPOSITION.matcher(text.substring(head.end(), nearest.start())).matches())
                .orElse(nearest);
    }

    private static final Pattern APPOSITION = Pattern.compile("(?i)\\s*,\\s*(?:an?|the|our|its)\\s+(?:[\\w-]+\\s+){0,3}");

    /**
     * "The app posts the order to the API, which writes it to the Orders table": the verb after ", which"
     * is the act of the noun right before the comma; when that noun is no part the clause names no agent
     * (never the sentence's subject, which handed the data on).
     */
    private static Optional<ComponentRef> antecedent(String text, List<Mention> mentions, int at) {
        Matcher relative = RELATIVE.matcher(text.substring(0, at));
        if (!relative.find()) {
            return Optional.empty();
        }
        int comma = relative.start();
        return mentions.stream().filter(m -> m.end() <= comma && text.substring(m.end(), comma)
                .matches("[\\s)`'\"]*")).reduce((a, b) -> b).map(Mention::ref);
    }

    /**
     * The last name before {@code at}, when at most {@code reach} words stand between; a name inside
     * a closed bracket is an aside ("The Chat UI (Next.js on Vercel) sends …" is the Chat UI's act).
     */
    static Optional<Mention> nearest(String text, List<Mention> mentions, int at, int reach) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.end() <= at && !bracketed(text, m, at)) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        String gap = text.substring(nearest.end(), at).replaceAll("\\([^()]*\\)", " ");
        return Words.count(gap) <= reach && !gap.matches("(?s).*[;{}\"→].*") ? Optional.of(nearest) : Optional.empty();
    }

    private static boolean bracketed(String text, Mention m, int at) {
        int open = text.lastIndexOf('(', m.start());
        int close = text.indexOf(')', m.end());
        return open >= 0 && text.indexOf(')', open) >= m.end() && close >= 0 && close < at;
    }

    /** The name a sentence opens with (after a label and one determiner at most). */
    private static Optional<ComponentRef> subject(String text, List<Mention> mentions, int at) {
        if (mentions.isEmpty() || mentions.get(0).end() > at) {
            return Optional.empty();
        }
        String before = LEAD.matcher(Labels.strip(text.substring(0, mentions.get(0).start()))).replaceFirst("");
        List<Words.Word> words = Words.of(before);
        boolean opens = words.isEmpty() || DETERMINERS.contains(words.get(0).lower())
                && (words.size() == 1 || words.size() == 2 && words.get(1).text().matches("\\p{Ll}+"));
        return opens ? Optional.of(mentions.get(0).ref()) : Optional.empty();
    }

    private static Optional<ComponentRef> implicit(String text, int at, Flows.Context context) {
        String before = Labels.strip(text.substring(0, at));
        if (before.isBlank()) {
            return context.topic();
        }
        // "It reads from S3", and "For each turn it embeds …, retrieves … from B, … and calls C": each verb is its act
        boolean pronoun = PRONOUN.matcher(before).find() && Words.count(before) <= 5 || pronounSubject(before)
                || OPENED_PRONOUN.matcher(before).matches(); // "Finally it produces to B"
        return pronoun && !BE_BEFORE.matcher(before).find() ? previousOrTopic(context) : Optional.empty();
    }

    /** A short opening ("For each turn", "Nightly,", "Then"), then "it" or "they". */
    private static final String OPENING_PRONOUN = "(?:(?:(?:for|on|at|after|during|in|with)\\s+(?:(?:each|every|the|an?)\\s+)?"
            + "\\w+(?:\\s+\\w+)?|nightly|daily|hourly|then|first|next|finally|afterwards)\\s*,?\\s*)?";
    /** ... and doing something. */
    private static final Pattern PRONOUN_ACTS = Pattern.compile("(?i)^\\s*" + OPENING_PRONOUN
            + "(?:it\\s+(?:\\w+ly\\s+|also\\s+|then\\s+)?[a-z]+s|they\\s+(?:\\w+ly\\s+|also\\s+|then\\s+)?[a-z]+)\\b(?![^;]*;)");

    /** "Finally it ": the opening and the pronoun, the verb still to come. */
    private static final Pattern OPENED_PRONOUN = Pattern.compile("(?i)\\s*" + OPENING_PRONOUN
            + "(?:it|they)\\s+(?:\\w+ly\\s+|also\\s+|then\\s+)?");

    /**
     * Whether a sentence's subject, after an opening phrase ("For each turn, ", "Nightly, "), is "it" or "they" doing
     * something ("For each turn it embeds the question …"): its verbs, however many, are acts of the part meant.
     */
    static boolean pronounSubject(String text) {
        String opened = Labels.strip(text);
        Matcher m = PRONOUN_ACTS.matcher(opened);
        return m.find() && !opened.substring(0, m.end()).matches("(?is).*\\b(?:is|are|was|were)$");
    }
}
