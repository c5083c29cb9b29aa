package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the system's users reach, where the text names one kind of user (a user story's role, people
 * who act) and says what they reach without naming them again: "user authentication through the
 * identity provider" (they sign in there), "a pre-signed URL for the bucket's object" (they fetch
 * it from the bucket directly, past the API), "the web front end hosted on X" (their browser loads it
 * from X). A browser app talks to the back end through the one API gateway the text names: where
 * that gateway has no caller of its own, the users' browsers call it.
 */
final class UserFlows {
    private static final Pattern SIGN_IN = Pattern.compile("(?i)\\b(?:users?'?|customers?'?|end[- ]users?'?)?\\s*"
            + "(?:authentication|sign[- ]?(?:in|on)|log[- ]?in)s?\\s+(?:is\\s+|are\\s+)?(?:handled\\s+|done\\s+)?"
            + "(?:through|via|with|using|by|against|in)\\s+(?:the\\s+|an?\\s+)?$");
    private static final Pattern PRESIGNED = Pattern.compile("(?i)\\bpre-?signed\\s+(?:URLs?|links?)\\b");
    private static final Pattern FRONT_END = Pattern.compile("(?i)\\b(?:web\\s+|browser\\s+)?(?:front[- ]?end|web\\s*site"
            + "|web\\s+(?:app(?:lication)?|UI|client|pages?)|single[- ]page\\s+app(?:lication)?|SPA|static\\s+(?:site|assets))"
            + "\\s+(?:is\\s+|are\\s+)?(?:hosted|served|deployed|delivered)\\s+(?:on|in|from|by|through|via|with)"
            + "\\s+(?:the\\s+|an?\\s+|our\\s+)?(?:existing\\s+)?$");
    private static final java.util.Set<ComponentKind> HOSTS = java.util.EnumSet.of(ComponentKind.WEB_APP,
            ComponentKind.CDN, ComponentKind.OBJECT_STORE);

    private UserFlows() {}

    /** The flows from the one kind of user to what one sentence says they reach. */
    static List<Flows.Found> find(String text, List<Mention> mentions, ComponentRef user) {
        List<Flows.Found> found = new ArrayList<>();
        for (Mention m : mentions) {
            ComponentKind kind = m.ref().kind();
            String before = text.substring(0, m.start());
            boolean signsIn = kind == ComponentKind.IDENTITY_PROVIDER && SIGN_IN.matcher(before).find();
            boolean fetched = kind == ComponentKind.OBJECT_STORE && PRESIGNED.matcher(before).find();
            boolean loaded = HOSTS.contains(kind) && FRONT_END.matcher(before).find();
            if ((signsIn || fetched || loaded) && !Negation.denies(text, m.start(), m.end())) {
                found.add(new Flows.Found(user, m.ref()));
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * The user → gateway flow, where the user loads a web front end (as this text or an earlier one
     * says), the text names exactly one API gateway and nothing yet calls it.
     */
    static Optional<Flows.Found> browserCalls(ComponentRef user, List<Mention> named, List<Flows.Found> drawn,
            ContextModel known) {
        List<ComponentRef> gateways = named.stream().map(Mention::ref).filter(r -> r.kind() == ComponentKind.API_GATEWAY)
                .distinct().toList();
        if (gateways.size() != 1) {
            return Optional.empty();
        }
        String gateway = gateways.get(0).id();
        boolean frontEnd = drawn.stream().anyMatch(f -> f.source().id().equals(user.id())
                && f.target().kind() == ComponentKind.WEB_APP)
                || known.flows().stream().anyMatch(f -> f.source().equals(user.id()) && known.component(f.target())
                        .map(c -> c.kind() == ComponentKind.WEB_APP).orElse(false));
        boolean called = drawn.stream().anyMatch(f -> f.target().id().equals(gateway))
                || known.flows().stream().anyMatch(f -> f.target().equals(gateway));
        return frontEnd && !called ? Optional.of(new Flows.Found(user, gateways.get(0),
                "requests from the web front end in the user's browser")) : Optional.empty();
    }

    /** The one kind of user a text names, if it names exactly one. */
    static Optional<ComponentRef> onlyUser(List<ComponentRef> people) {
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }
}
