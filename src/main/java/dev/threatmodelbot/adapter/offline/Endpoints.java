package dev.threatmodelbot.adapter.offline;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part an API endpoint belongs to, as the text shows it: "Checkout Service calls Loyalty Ledger `POST
 * /redemptions`" puts {@code /redemptions} on the Loyalty Ledger, the part named right before it, as "Forge API
 * (`/hooks/github`)" puts {@code /hooks/github} on the Forge API. A later
 * sentence that names only the endpoint ("`POST /redemptions` does not take an idempotency key") is about that
 * part. An endpoint the text puts on two parts belongs to neither.
 */
final class Endpoints {
    private static final Pattern ENDPOINT = Pattern.compile("(?:\\b(?:GET|POST|PUT|PATCH|DELETE)\\s+|`|\\(`?)"
            + "(/[A-Za-z][\\w/{}:.\\-]*[\\w}])");
    private static final int NEAR = 14;

    private final Map<String, ComponentRef> owners;

    private Endpoints(Map<String, ComponentRef> owners) {
        this.owners = owners;
    }

    private static final Endpoints NONE = new Endpoints(Map.of());

    /** Whether a text names an endpoint at all: when it does not, nothing earlier needs reading for one. */
    static boolean named(Collection<String> texts) {
        return texts.stream().anyMatch(t -> ENDPOINT.matcher(t).find());
    }

    static Endpoints none() {
        return NONE;
    }

    /** The endpoints the sentences name right after a part. */
    static Endpoints of(Collection<String> sentences, Lexicon lexicon) {
        Map<String, ComponentRef> owners = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String text : sentences) {
            List<Mention> mentions = lexicon.mentions(text);
            Matcher e = ENDPOINT.matcher(text);
            while (e.find()) {
                int at = e.start();
                Optional<Mention> before = mentions.stream().filter(m -> m.end() <= at && at - m.end() <= NEAR)
                        .reduce((a, b) -> b);
                if (before.isEmpty()) {
                    continue;
                }
                ComponentRef was = owners.putIfAbsent(e.group(1), before.get().ref());
                if (was != null && !was.id().equals(before.get().ref().id())) {
                    shared.add(e.group(1));
                }
            }
        }
        shared.forEach(owners::remove);
        return new Endpoints(owners);
    }

    /** The parts the endpoints a sentence names belong to, as mentions at the endpoints. */
    List<Mention> named(String text) {
        List<Mention> found = new java.util.ArrayList<>();
        Matcher e = ENDPOINT.matcher(text);
        while (e.find()) {
            ComponentRef owner = owners.get(e.group(1));
            if (owner != null && found.stream().noneMatch(m -> m.ref().id().equals(owner.id()))) {
                found.add(new Mention(owner, e.start(), e.end()));
            }
        }
        return found;
    }
}
