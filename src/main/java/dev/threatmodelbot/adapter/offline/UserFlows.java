package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the system's users reach, where the text names one kind of user (a user story's role, people
 * who act) and says what they reach without naming them again: "user authentication through the
 * identity provider" (they sign in there), "a pre-signed URL for the bucket's object" (they fetch
 * it from the bucket directly, past the API).
 */
final class UserFlows {
    private static final Pattern SIGN_IN = Pattern.compile("(?i)\\b(?:users?'?|customers?'?|end[- ]users?'?)?\\s*"
            + "(?:authentication|sign[- ]?(?:in|on)|log[- ]?in)s?\\s+(?:is\\s+|are\\s+)?(?:handled\\s+|done\\s+)?"
            + "(?:through|via|with|using|by|against|in)\\s+(?:the\\s+|an?\\s+)?$");
    private static final Pattern PRESIGNED = Pattern.compile("(?i)\\bpre-?signed\\s+(?:URLs?|links?)\\b");

    private UserFlows() {}

    /** The flows from the one kind of user to what one sentence says they reach. */
    static List<Flows.Found> find(String text, List<Mention> mentions, ComponentRef user) {
        List<Flows.Found> found = new ArrayList<>();
        for (Mention m : mentions) {
            ComponentKind kind = m.ref().kind();
            String before = text.substring(0, m.start());
            boolean signsIn = kind == ComponentKind.IDENTITY_PROVIDER && SIGN_IN.matcher(before).find();
            boolean fetched = kind == ComponentKind.OBJECT_STORE && PRESIGNED.matcher(before).find();
            if ((signsIn || fetched) && !Negation.denies(text, m.start(), m.end())) {
                found.add(new Flows.Found(user, m.ref()));
            }
        }
        return found.stream().distinct().toList();
    }

    /** The one kind of user a text names, if it names exactly one. */
    static Optional<ComponentRef> onlyUser(List<ComponentRef> people) {
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }
}
