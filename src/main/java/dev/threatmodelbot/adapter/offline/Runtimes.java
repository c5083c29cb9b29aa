package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a part runs. "A Go service on Amazon ECS", "Qdrant (self-hosted on GKE)": a container platform
 * written after "on" that follows the part it hosts (named, or described by a definition line's
 * words) is that part's platform, the way a language or a
 * framework is, and not a part of its own in that sentence; so is a platform written right after it
 * ("on EKS Fargate"). A platform that a sentence names for itself ("the Kubernetes cluster accepts …")
 * stays a part. Nor is a browser written as where a part is used ("opens the console in a browser").
 */
final class Runtimes {
    private static final Pattern ON = Pattern.compile(
            "(?i)(?:\\b(?:runs?|running|hosted|self-hosted|deployed|served|lives?|living))?\\s+on\\s+(?:(?:the|an?|our)\\s+)?$");

    private static final Pattern IN = Pattern.compile("(?i)\\bin\\s+(?:a|the|their|your|any|his|her)\\s+$");

    private Runtimes() {}

    /** The mentions without the platforms the sentence names only as where another part runs. */
    static List<Mention> dropped(String text, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        Mention lastDropped = null;
        for (Mention m : mentions) {
            boolean chained = lastDropped != null && text.substring(lastDropped.end(), m.start()).isBlank();
            int from = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).end();
            String before = text.substring(from, m.start());
            boolean hosting = m.ref().kind() == ComponentKind.CONTAINER_PLATFORM
                    && (chained || ON.matcher(before).find() && (!kept.isEmpty() || Words.count(before) > 1))
                    || browser(m) && !kept.isEmpty() && IN.matcher(before).find();
            if (hosting) {
                lastDropped = m;
            } else {
                kept.add(m);
                lastDropped = null;
            }
        }
        return kept;
    }

    /** "Operators open the dashboard in a browser": the browser is where that part shows, not a part. */
    private static boolean browser(Mention m) {
        return m.ref().kind() == ComponentKind.EXTERNAL_ENTITY && m.ref().technology().equals("Web Browser");
    }

    /** Whether {@code before}, the words between a part and a product, make the product where the part runs. */
    static boolean hosting(String before) {
        return ON.matcher(before).find();
    }
}
