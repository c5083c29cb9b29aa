package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data flows a sentence states between the components it names: a connector ({@link Connectors})
 * with a name close on its left and one close on its right, "from A to B", "A → B" (arrows, also
 * {@code ->}, {@code <->}), or a bare "A to B" as in data-flow lists. A listed target ("to A, B and
 * C", "(like A, B)") takes each; "A uses B as its origin" makes B the back end of A. A
 * subject-less item ("Fetches secrets from Vault") borrows its subject from the heading above; one
 * led by a pronoun ("It reads from S3") from the previous sentence.
 */
final class Flows {
    private static final Pattern FROM = Pattern.compile("\\bfrom\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("\\b(?:to|into|towards)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLES =
            Pattern.compile("(?i)\\b(?:like|such as|e\\.g\\.?|for example|including)\\W*$");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)(?:,|\\+|&|/)(?:\\s*(?:and|or))?$|\\b(?:and|or)$");
    private static final Pattern AS_ORIGIN = Pattern.compile("(?i)\\bas\\s+(?:(?:its|their|the|an?)\\s+)?origins?\\b");
    private static final Pattern USES =
            Pattern.compile("(?i)[\\s,]*(?:\\w+\\s+)?(?:uses|use|using|with|has|takes|configured\\s+with)\\s+"
                    + "(?:(?:the|an?|its)\\s+)?");
    private static final Pattern HOSTED = Pattern.compile("(?i)(?:\\s+[\\w-]+){0,2}?\\s+(?:endpoints?|routes?|handlers?"
            + "|URLs?|paths?|web ?hooks?|receivers?)\\s+(?:on|of|at|in|exposed\\s+by|served\\s+by)\\s+(?:the\\s+|our\\s+)?");
    /** "to the billing webhook endpoint on the Payments API": an endpoint no part names, on a host that is one. */
    private static final Pattern ENDPOINT_ON = Pattern.compile("(?i)\\s*(?:(?:the|an?|our|its)\\s+)?(?:[\\w`/.{}-]+\\s+){0,3}"
            + "(?:endpoints?|routes?|handlers?|URLs?|paths?|web ?hooks?|receivers?)(?:\\s+`[^`]*`)?\\s+(?:on|of|at|exposed\\s+by"
            + "|served\\s+by)\\s+(?:the\\s+|our\\s+)?");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "our", "his", "her");

    private Flows() {}

    /** Who a subject-less or pronoun-led sentence is about. */
    record Context(Optional<ComponentRef> topic, Optional<ComponentRef> previousSubject) {}

    /** One flow: data from {@code source} to {@code target}; {@code detail} what a table or arrow line adds, or "". */
    record Found(ComponentRef source, ComponentRef target, String detail) {

        Found(ComponentRef source, ComponentRef target) {
            this(source, target, "");
        }
    }

    /** The flows a flow-table row or arrow line lays out, between the parts its cells or segments name. */
    static List<Found> laidOut(List<FlowLines.Link> links, List<Mention> mentions) {
        Map<Found, Integer> found = new LinkedHashMap<>();
        for (FlowLines.Link l : links) {
            for (ComponentRef a : within(mentions, l.source())) {
                for (ComponentRef b : within(mentions, l.target())) {
                    if (!a.id().equals(b.id())) {
                        found.putIfAbsent(new Found(a, b, l.detail()), found.size());
                    }
                }
            }
        }
        return List.copyOf(found.keySet());
    }

    private static List<ComponentRef> within(List<Mention> mentions, FlowLines.Span span) {
        return mentions.stream().filter(m -> m.overlaps(span.start(), span.end())).map(Mention::ref).distinct()
                .toList();
    }

    static List<Found> find(String text, List<Mention> mentions, Context context) {
        Map<Found, Integer> found = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (Connectors.Connector c : Connectors.ALL) {
            for (MatchResult m : outsideNames(c.pattern(), text, mentions)) {
                if (c.bare() && mentions.stream().anyMatch(n -> n.overlaps(m.start(), m.end()))
                        || Kept.secrets(text, m.start())) {
                    continue;
                }
                spans.add(new int[] {m.start(), m.end()});
                Optional<ComponentRef> left = Agents.of(text, mentions, m.start(), c.passive(), context);
                List<ComponentRef> targets = targets(text, mentions, m.end(), c.reach());
                left.ifPresent(l -> targets.stream().filter(t -> Connectors.takes(c.way(), t)).forEach(t -> add(found,
                        m.start(), Connectors.forward(c.way(), l, t), l, t)));
            }
        }
        fromTo(text, mentions, found);
        asOrigin(text, mentions, found);
        People.acts(text, mentions).stream().filter(f -> found.keySet().stream().noneMatch(g -> between(g, f)))
                .forEach(f -> add(found, text.indexOf(' '), true, f.source(), f.target()));
        arrows(text, mentions, found);
        bareTo(text, mentions, spans, found);
        return found.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static boolean between(Found a, Found b) {
        return a.source().equals(b.source()) && a.target().equals(b.target())
                || a.source().equals(b.target()) && a.target().equals(b.source());
    }

    /** Adds the flow as stated at {@code at}; a flow stated twice keeps its first place in the text. */
    private static void add(Map<Found, Integer> found, int at, boolean forward, ComponentRef left, ComponentRef right) {
        if (!left.id().equals(right.id())) {
            found.merge(forward ? new Found(left, right) : new Found(right, left), at, Math::min);
        }
    }

    private static void fromTo(String text, List<Mention> mentions, Map<Found, Integer> found) {
        Matcher from = FROM.matcher(text);
        while (from.find()) {
            Optional<Mention> a = next(text, mentions, from.end(), 2);
            if (a.isEmpty()) {
                continue;
            }
            Matcher to = TO.matcher(text);
            if (to.find(a.get().end()) && Words.count(text.substring(a.get().end(), to.start())) <= 3
                    && !text.substring(a.get().end(), to.start()).matches("(?is).*(?:[;.,(]|\\band\\b|\\bor\\b).*")) {
                targets(text, mentions, to.end(), 2).forEach(t -> add(found, from.start(), true, a.get().ref(), t));
            }
        }
    }

    /** "A uses B as its origin", "A with B as origin": B is A's back end (see {@link Connectors.Way#BACK_END}). */
    private static void asOrigin(String text, List<Mention> mentions, Map<Found, Integer> found) {
        Matcher m = AS_ORIGIN.matcher(text);
        while (m.find()) {
            Optional<Mention> back = Agents.nearest(text, mentions, m.start(), 1);
            Optional<Mention> front = back.flatMap(b -> Agents.nearest(text, mentions, b.start(), 3)
                    .filter(f -> USES.matcher(text.substring(f.end(), b.start())).matches()));
            if (front.isPresent()) {
                ComponentRef f = front.get().ref();
                ComponentRef b = back.get().ref();
                add(found, m.start(), Connectors.forward(Connectors.Way.BACK_END, f, b), f, b);
            }
        }
    }

    /** "A → B", "A <-> B": the names right beside the arrow. */
    private static void arrows(String text, List<Mention> mentions, Map<Found, Integer> found) {
        Matcher m = FlowLines.ARROW.matcher(text);
        while (m.find()) {
            Optional<Mention> left = Agents.nearest(text, mentions, m.start(), 0);
            Optional<Mention> right = next(text, mentions, m.end(), 0);
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            String arrow = m.group();
            add(found, m.start(), !FlowLines.backwards(arrow), left.get().ref(), right.get().ref());
            if (FlowLines.bothWays(arrow)) {
                add(found, m.start(), false, left.get().ref(), right.get().ref());
            }
        }
    }

    /** Matches that do not start inside a name ("Sync Job" holds no "sync"). */
    private static List<MatchResult> outsideNames(Pattern p, String text, List<Mention> mentions) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = p.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = m.start();
            boolean inName = mentions.stream().anyMatch(n -> n.start() <= start && start < n.end());
            if (!inName) {
                matches.add(m.toMatchResult());
            }
            from = inName ? start + 1 : Math.max(m.end(), start + 1);
        }
        return matches;
    }

    /**
     * "A to B" with at most three words, none of them "and"/"or", between A and "to", B right after
     * it, and the "to" no connector's own ("A reads from B and writes to C" is no "B to C").
     */
    private static void bareTo(String text, List<Mention> mentions, List<int[]> spans, Map<Found, Integer> found) {
        Matcher to = Pattern.compile("\\bto\\b").matcher(text);
        while (to.find()) {
            int at = to.start();
            if (spans.stream().anyMatch(s -> s[0] <= at && at < s[1])) {
                continue;
            }
            Optional<Mention> left = Agents.nearest(text, mentions, at, 3)
                    .filter(l -> !text.substring(l.end(), at).matches("(?is).*(?:[,;(]|\\band\\b|\\bor\\b).*"));
            Optional<Mention> right = next(text, mentions, to.end(), 0);
            if (left.isPresent() && right.isPresent()) {
                add(found, at, true, left.get().ref(), right.get().ref());
            }
        }
    }

    private static Optional<Mention> next(String text, List<Mention> mentions, int at, int reach) {
        for (Mention m : mentions) {
            if (m.start() >= at) {
                String gap = text.substring(at, m.start());
                boolean near = content(gap) <= reach && !gap.matches("(?s).*[;.{}\"].*");
                return near ? Optional.of(m) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first name after {@code at}, close enough or introduced as an example, and the names listed after it. */
    private static List<ComponentRef> targets(String text, List<Mention> mentions, int at, int reach) {
        List<ComponentRef> targets = new ArrayList<>();
        Optional<Mention> first = next(text, mentions, at, reach).or(() -> example(text, mentions, at))
                .map(m -> People.destination(text, mentions, m)).map(m -> host(text, mentions, m))
                .or(() -> mentions.stream().filter(m -> m.start() >= at).findFirst()
                        .filter(m -> ENDPOINT_ON.matcher(text.substring(at, m.start())).matches()));
        Mention current = first.orElse(null);
        while (current != null) {
            targets.add(current.ref());
            current = listed(text, mentions, current).orElse(null);
        }
        return targets;
    }

    /** "posts the event to the Slack endpoint on the Chat API": the endpoint named for its caller is the host's. */
    private static Mention host(String text, List<Mention> mentions, Mention named) {
        return mentions.stream().filter(o -> o.start() >= named.end()).findFirst()
                .filter(o -> HOSTED.matcher(text.substring(named.end(), o.start())).matches()).orElse(named);
    }

    private static Optional<Mention> example(String text, List<Mention> mentions, int at) {
        return mentions.stream().filter(m -> m.start() >= at).findFirst().filter(m -> {
            String gap = text.substring(at, m.start());
            return Words.count(gap) <= 8 && EXAMPLES.matcher(gap).find() && !gap.matches("(?s).*[;.].*");
        });
    }

    /** The next name when only a list separator (and two words at most) stands between. */
    private static Optional<Mention> listed(String text, List<Mention> mentions, Mention after) {
        return mentions.stream().filter(m -> m.start() >= after.end()).findFirst().filter(m -> {
            String gap = text.substring(after.end(), m.start()).strip().replaceAll("(?i)\\s*\\b(?:the|a|an)$", "");
            Matcher separator = SEPARATOR.matcher(gap);
            if (!separator.find()) {
                return false;
            }
            String rest = gap.substring(0, separator.start());
            return Words.count(rest) <= 2 && !rest.matches("(?s).*[();:.,{}\"].*");
        });
    }

    /** Words in a gap, not counting determiners. */
    private static int content(String gap) {
        return (int) Words.of(gap).stream().filter(w -> !DETERMINERS.contains(w.lower())).count();
    }
}
