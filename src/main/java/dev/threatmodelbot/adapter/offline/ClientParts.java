package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts that run on the user's device: a single-page app, a mobile or desktop app, an embeddable
 * widget, a browser extension. The part's own name says so ("Checkout SPA", "Android app"), or the
 * line defining it does ("Portal — React single-page app served from the CDN"). Such a part has no
 * server of its own to break into, so it is stated to sit on the client.
 */
final class ClientParts {
    private static final String CLIENT = "(?:SPA|single[- ]page (?:web )?app(?:lication)?|(?:mobile|iOS|Android|desktop|"
            + "native) apps?|(?:chat |web |embedded |embeddable )?widgets?|browser extensions?|(?<![\\w.])(?:JS|JavaScript|React|"
            + "Vue|Angular) (?:bundle|front[- ]?end|app))";
    private static final Pattern NAMED = Pattern.compile("(?i)\\b" + CLIENT + "$");
    private static final Pattern DEFINED = Pattern.compile("(?i)^[\\s\\p{Punct}]*(?:(?:an?|the|our)\\s+)?"
            + "(?:[\\w.+/-]+\\s+){0,2}" + CLIENT + "\\b");

    private ClientParts() {}

    /** Marks the parts of {@code s} that its words or their own names place on the client. */
    static void mark(Sentence s, List<Mention> mentions, FlowTables.Row row, ModelBuilder model) {
        for (Mention m : mentions) {
            if (m.ref().kind() == ComponentKind.WEB_APP && m.ref().namedByRole()) {
                continue; // a web app of the doc's own on the client is the app a doc may describe as a whole (ClientApps)
            }
            Matcher own = NAMED.matcher(s.analysed().substring(m.start(), m.end()));
            if (own.find() || NAMED.matcher(m.ref().name()).find() || defined(s, m, row)) {
                model.fact(s, m.ref().id(), new SecurityPatterns.Hit(Property.EXPOSURE, "client", false, m.start(),
                        m.end()));
            }
        }
    }

    /** "Web app — React SPA, built by CI", an inventory row "Portal | Vue single-page app": the line defining it. */
    private static boolean defined(Sentence s, Mention m, FlowTables.Row row) {
        String text = s.analysed();
        if (row != null && row.columns().inventory()) {
            return row.cell(row.columns().name()).filter(n -> m.start() >= n.start() && m.end() <= n.end())
                    .flatMap(n -> row.cell(row.columns().details()))
                    .filter(d -> DEFINED.matcher(text.substring(d.start(), d.end())).find()).isPresent();
        }
        boolean opens = text.substring(0, m.start()).matches("[\\s\\p{Punct}]*");
        Matcher dash = Pattern.compile("^\\s*(?:[—–:]|-\\s)").matcher(text.substring(m.end()));
        return opens && dash.find() && DEFINED.matcher(text.substring(m.end() + dash.end())).find();
    }
}
