package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
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
 * part, as is one named right before a part that serves it ("`/stripe/webhook` on the Orders API"). An endpoint the
 * text puts on two parts belongs to neither; one it puts on none belongs to the text's only API, if it names one.
 */
final class Endpoints {
    private static final Pattern ENDPOINT = Pattern.compile("(?:\\b(?:GET|POST|PUT|PATCH|DELETE)\\s+|`|\\(`?)"
            + "(/[A-Za-z][\\w/{}:.\\-]*[\\w}])");
    private static final int NEAR = 14;

    /** "`/stripe/webhook` on the Orders API": the part right after an endpoint that says it serves it. */
    private static final Pattern SERVED_BY = Pattern.compile("^`?\\)?,?\\s+(?:on|of|in|at|exposed by|served by) (?:the |our )?");

    private final Map<String, ComponentRef> owners;
    /** The text's only API, which an endpoint no part is named beside belongs to. */
    private final Optional<ComponentRef> soleApi;

    private Endpoints(Map<String, ComponentRef> owners, Optional<ComponentRef> soleApi) {
        this.owners = owners;
        this.soleApi = soleApi;
    }

    private static final Endpoints NONE = new Endpoints(Map.of(), Optional.empty());

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
        Map<String, ComponentRef> apis = new HashMap<>();
        for (String text : sentences) {
            List<Mention> mentions = lexicon.mentions(text);
            mentions.stream().filter(m -> m.ref().kind() == ComponentKind.API).forEach(m -> apis.put(m.ref().id(), m.ref()));
            Matcher e = ENDPOINT.matcher(text);
            while (e.find()) {
                int at = e.start();
                int end = e.end();
                Optional<Mention> before = mentions.stream().filter(m -> m.end() <= at && at - m.end() <= NEAR)
                        .reduce((a, b) -> b).or(() -> mentions.stream().filter(m -> m.start() >= end
                                && m.start() - end <= NEAR + 10 && SERVED_BY.matcher(text.substring(end, m.start())).matches())
                                .findFirst());
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
        return new Endpoints(owners, apis.size() == 1 ? apis.values().stream().findFirst() : Optional.empty());
    }

    /** The parts the endpoints a sentence names belong to, as mentions at the endpoints. */
    List<Mention> named(String text) {
        List<Mention> found = new java.util.ArrayList<>();
        Matcher e = ENDPOINT.matcher(text);
        while (e.find()) {
            ComponentRef owner = owners.getOrDefault(e.group(1), soleApi.orElse(null));
            if (owner != null && found.stream().noneMatch(m -> m.ref().id().equals(owner.id()))) {
                found.add(new Mention(owner, e.start(), e.end()));
            }
        }
        return found;
    }
}
