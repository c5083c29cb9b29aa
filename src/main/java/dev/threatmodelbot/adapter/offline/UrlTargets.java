package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A flow to an address held in data ("`ehr-push` → `settings.tokenUrl`", "→ `callback_url`"): the part sends to
 * whatever URL whoever writes that data put there, so it fetches a URL someone else supplies.
 */
final class UrlTargets {
    private static final Pattern URL_VARIABLE = Pattern.compile("(?i)^[a-z][\\w-]*[._](?:\\w*(?:url|uri|endpoint|host))$"
            + "|^(?:[a-z]+(?:Url|Uri|URL|Endpoint)|[a-z]+_(?:url|uri|endpoint))$");

    private UrlTargets() {}

    /** The stated facts the flows of one sentence add: their sources fetch addresses held in data. */
    static void mark(Sentence s, List<Flows.Found> flows, ModelBuilder model) {
        flows.stream().filter(f -> URL_VARIABLE.matcher(f.target().name().strip()).matches()).map(f -> f.source().id())
                .distinct().forEach(source -> model.fact(s, source,
                        new SecurityPatterns.Hit(Property.EXTERNAL_CONTENT, "user-url", false, 0, 0)));
    }
}
