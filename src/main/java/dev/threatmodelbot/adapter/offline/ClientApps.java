package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system under review as a part of itself, when the doc describes an application that runs on
 * the user's side ("Data persisted only client-side within the browser", "there is no backend",
 * "a single-page app that runs in the browser"): its features are what the doc is about, so the
 * name the doc's title gives it ("# Notes keeper — design") and uses again in the text is a web
 * app, with the doc's descriptive name for it ("the client-side web application") as an alias. A
 * title used only once, or that names a platform of other parts without saying the thing runs in
 * the browser, is no part; nor is one when the doc names parts that run the system's code (an API, a
 * service, a function, another app): then the title names a platform of them.
 */
final class ClientApps {
    /** What the doc says of an application running on the user's side. */
    static final Pattern CLIENT_SIDE = Pattern.compile("(?i)\\b(?:client[- ]side|(?:with)?in the (?:user'?s'? |web )?"
            + "browser|on the (?:user'?s'? )?(?:device|machine)|no (?:server[- ]side |back[- ]?end|server\\b)"
            + "|runs? (?:entirely |only |locally )?in (?:the|a|your|their) (?:web )?browser|browser[- ]based)");
    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\b(?:client[- ]side|browser[- ]based|single[- ]page"
            + "|offline[- ]first)\\s+(?:web\\s+)?app(?:lication)?\\b");
    private static final Pattern TITLE_TAIL = Pattern.compile("(?i)\\s*(?:[-—–:|(].*|\\b(?:design|architecture"
            + "|overview|threat model|system design|design doc(?:ument)?)\\s*)$");

    private static final Pattern STORED = Pattern.compile("(?i)\\b(?:persist(?:s|ed|ing)?|stor(?:e|es|ed|ing)"
            + "|sav(?:e|es|ed|ing)|kept|keeps?|held|holds?|cach(?:e|es|ed|ing))\\b");
    private static final String FILES = "(?:JSON|CSV|XML|YAML|PDF|Markdown|files?|documents?|data)";
    private static final Pattern IMPORTS = Pattern.compile("(?i)\\b" + FILES + "\\s+imports?\\b|\\bimport(?:s|ed|ing)?"
            + "\\s+(?:of\\s+)?(?:an?\\s+|the\\s+|their\\s+)?" + FILES + "\\b");
    private static final Pattern EXPORTS = Pattern.compile("(?i)\\b" + FILES + "(?:\\s+\\w+)?\\s+(?:imports?\\s*/\\s*)?"
            + "(?:exports?|downloads?)\\b|\\b(?:export(?:s|ed|ing)?|download(?:s|ed|ing)?)\\s+(?:\\w+\\s+)?(?:as|to)\\s+"
            + FILES + "\\b");

    /** Parts that run the system's own code; a doc naming any of them is about more than one app. */
    static final java.util.Set<ComponentKind> SERVING = java.util.EnumSet.of(ComponentKind.PROCESS, ComponentKind.WEB_APP,
            ComponentKind.API, ComponentKind.API_GATEWAY, ComponentKind.FUNCTION, ComponentKind.CONTAINER_PLATFORM,
            ComponentKind.LLM, ComponentKind.ML_MODEL);

    private ClientApps() {}

    /** Which way a sentence says files cross between people and the app. */
    enum Exchange {
        IMPORT,
        EXPORT
    }

    /**
     * What one sentence says the app does on the user's side, where it names no other part of the
     * system: it runs there (the app's exposure is the client), it keeps data in a store named there
     * (a flow from the app into that store, which sits on the client too), and files people import
     * into it (it opens content from outside). Returns the ways files cross between people and the
     * app, for flows once the text's people are known.
     */
    static List<Exchange> read(Sentence s, List<Mention> mentions, ComponentRef app, ModelBuilder model) {
        List<Exchange> out = new ArrayList<>();
        List<Mention> others = mentions.stream().filter(m -> !m.ref().id().equals(app.id())).toList();
        if (others.stream().anyMatch(m -> !m.ref().kind().isDataStore() && m.ref().kind() != ComponentKind.EXTERNAL_ENTITY)) {
            return out; // about another part of the system
        }
        String text = s.analysed();
        Matcher client = CLIENT_SIDE.matcher(text);
        if (client.find()) {
            model.fact(s, app.id(), hit(Property.EXPOSURE, "client", client));
            List<Mention> stores = others.stream().filter(m -> m.ref().kind().isDataStore()).toList();
            Matcher stored = STORED.matcher(text);
            if (stored.find() && !Negation.denies(text, stored.start(), stored.end())) {
                stores.forEach(m -> model.fact(s, m.ref().id(), hit(Property.EXPOSURE, "client", client)));
                model.flows(s, stores.stream().map(m -> new Flows.Found(app, m.ref())).distinct().toList());
            }
        }
        Matcher imports = IMPORTS.matcher(text);
        if (imports.find()) {
            model.fact(s, app.id(), hit(Property.EXTERNAL_CONTENT, "imported", imports));
            out.add(Exchange.IMPORT);
        }
        if (EXPORTS.matcher(text).find()) {
            out.add(Exchange.EXPORT);
        }
        return out;
    }

    /** The app as a part: its name, the doc's descriptive name for it, and that it runs on the client. */
    static ContextModel framed(App app, List<Sentence> sentences, Source source) {
        String title = sentences.stream().filter(s -> s.kind() == Sentence.Kind.HEADING).findFirst()
                .map(Sentence::text).orElse(app.ref().name());
        String evidence = sentences.stream().filter(s -> s.states() && CLIENT_SIDE.matcher(s.analysed()).find())
                .findFirst().map(Sentence::text).orElse(title);
        Component part = new Component(app.ref().id(), app.ref().name(), ComponentKind.WEB_APP, "",
                List.of(quoting(source, title)), app.described().stream().toList());
        Fact client = new Fact(app.ref().id() + ":" + Property.EXPOSURE + ":client:" + source.reference(),
                app.ref().id(), Property.EXPOSURE, "client", quoting(source, evidence), FactStatus.STATED);
        return new ContextModel(List.of(part), List.of(), List.of(client));
    }

    /** The app an earlier reading of the document framed: a web app of the doc's own that runs on the client. */
    static Optional<ComponentRef> known(ContextModel known) {
        return known.components().stream().filter(c -> c.kind() == ComponentKind.WEB_APP && c.technology().isEmpty()
                && ThreatRules.live(known, c.id(), Property.EXPOSURE).stream().anyMatch(f -> f.value().equals("client")))
                .findFirst().map(c -> new ComponentRef(c.id(), c.name(), c.kind(), c.technology()));
    }

    private static Source quoting(Source s, String quote) {
        return new Source(s.kind(), s.reference(), s.author(), s.at(), s.link(), quote);
    }

    private static SecurityPatterns.Hit hit(Property p, String value, Matcher m) {
        return new SecurityPatterns.Hit(p, value, false, m.start(), m.end());
    }

    /** The app the text describes, with the doc's descriptive name for it if any. */
    record App(ComponentRef ref, Optional<String> described) {}

    static Optional<App> of(List<Sentence> sentences) {
        Optional<String> name = title(sentences);
        if (name.isEmpty() || sentences.stream().noneMatch(s -> s.states() && CLIENT_SIDE.matcher(s.analysed()).find())) {
            return Optional.empty();
        }
        Pattern named = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(name.get()) + "(?![\\p{L}\\p{N}])");
        long uses = sentences.stream().filter(s -> s.states() && named.matcher(s.analysed()).find()).count();
        if (uses < 2) {
            return Optional.empty(); // the title names the document, not a thing the text talks about
        }
        Optional<String> described = sentences.stream().filter(Sentence::states)
                .map(s -> DESCRIBED.matcher(s.analysed())).filter(Matcher::find).map(Matcher::group).findFirst();
        String n = name.get();
        return Optional.of(new App(new ComponentRef(Slugs.of(n), n, ComponentKind.WEB_APP, ""), described));
    }

    /** The first top-level heading without words that only say what kind of document it is. */
    private static Optional<String> title(List<Sentence> sentences) {
        return sentences.stream().filter(s -> s.kind() == Sentence.Kind.HEADING && s.level() == 1).findFirst()
                .map(s -> TITLE_TAIL.matcher(s.analysed().strip()).replaceFirst("").strip())
                .map(t -> t.replaceFirst("(?i)^the\\s+", ""))
                .filter(t -> !t.isBlank() && t.split("\\s+").length <= 4 && Character.isLetter(t.charAt(0)));
    }
}
