package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside organisations a doc introduces by name and says what they are: "Northbank (partner bank)",
 * "our issuer processor (vendor "CardCore")", "a provider called Paylink". Each is an outside service
 * the system exchanges data with, named as the doc writes it; later "CardCore sends …" and
 * "Northbank's callback" name it.
 */
final class ExternalParties {
    private static final String ROLE = "(?:partner|vendor|provider|supplier|bank|processor|acquirer|issuer|carrier"
            + "|insurer|clearing\\s+house|third[- ]party)";
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\\p{N}]{2,30})\\s*\\((?:an?\\s+|our\\s+|the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}" + ROLE + "\\b[^)]*\\)");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?i)\\b" + ROLE
            + "\\s+(?:called\\s+|named\\s+)?[\"“](\\p{Lu}[\\p{L}\\p{N}]{2,30})[\"”]");

    private static final Pattern TOKENS = Pattern.compile("(?i)JWTs?|tokens?|claims?|SAML|OIDC|JWKS?|certificates?");

    private ExternalParties() {}

    /** The outside parties this sentence introduces; {@code products} are the products named in it. */
    static List<ComponentRef> discover(Sentence s, List<Mention> products) {
        List<ComponentRef> found = new ArrayList<>();
        for (Pattern p : List.of(NAME_THEN_ROLE, ROLE_THEN_NAME)) {
            Matcher m = p.matcher(s.analysed());
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                // "the JWT (issuer, audience, expiry)": the fields of a token are no party
                if (products.stream().noneMatch(pr -> pr.overlaps(start, end)) && !TOKENS.matcher(m.group(1)).matches()) {
                    String name = m.group(1);
                    found.add(new ComponentRef(Slugs.of(name), name, ComponentKind.EXTERNAL_SERVICE, ""));
                }
            }
        }
        return found;
    }
}
