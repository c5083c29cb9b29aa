package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.application.port.FactExtractor;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline engine's fact extraction: catalogue- and pattern-based, no network, deterministic.
 *
 * <p>The text is cut into sentences (list items, table rows and headings stand alone). Components
 * are catalogue products ({@code offline/catalogue.yaml}), names by role ("the Orders service",
 * "Core Controller", "Data Engineer") and names already {@code known}; nothing the text does not
 * name. A component's id is the slug of its name; one named in several sentences is one
 * component quoting each.
 *
 * <p>Two names of one part ("Orders database: Amazon RDS PostgreSQL", "GraphQL API (AWS AppSync)",
 * an inventory table's technology column, a definition line's identifier) are one component that
 * keeps the other names as aliases. Screens, vendor consoles, document titles and parts named only
 * in future or out-of-scope work are no components; people and roles are external entities (see
 * {@link Phantoms}, {@link Asides}), as are people named by a role where they act ("As a fleet
 * manager, I want …", "Cluster administrators apply manifests to …"; see {@link People}).
 * A definition line ("**Billing API** — Kotlin REST API on EKS") makes the name its description opens
 * with another name of the part it defines, a plural ("Workers") the group of its members, and a
 * platform written as where a part runs its host rather than a part ({@link Definitions},
 * {@link NameLinks}, {@link Runtimes}); apps on the user's device are stated to sit on the client
 * ({@link ClientParts}).
 *
 * <p>Flow-table rows (source and target columns), arrow lines ("A → B: data") and trust-zone
 * tables and lists name their parts by position ({@link FlowTables}, {@link FlowLines}); each row
 * or line states its flows, described by its id, data and protocol, and zones mark exposure.
 *
 * <p>Other flows are sentences linking two named components with a directional phrase ("calls", "writes
 * to", "reads from", "is invoked by", "from A to B", "A → B"). Convention: a flow runs the way the
 * data goes, so "A reads from B" is B → A while "A writes to B" and "A calls B" are A → B; the
 * description quotes the sentence, which keeps the verb (see {@link Connectors}). A clause that names
 * one part and no agent ("The order record is updated", "The prompt is sent to the model") is a flow
 * between that part and the part that acts in its section, when the section says which
 * ({@link SectionActors}, {@link AgentlessFlows}); work a sentence hands to a queue is taken from it by the part
 * the next sentence says pulls it ({@link HandOffs}).
 *
 * <p>Facts are matches of {@code offline/security-patterns.yaml}, negation-aware ("not
 * encrypted" states ENCRYPTION_AT_REST none), all STATED, with id
 * {@code subject:PROPERTY:value:reference}; so are weakness statements in any wording, read as the gap of
 * one of a fixed set of controls ({@link Weaknesses}). Their subject is the sentence's flow for transport,
 * authentication and data carried; otherwise the component named nearest the words, else the one
 * named last in the previous sentence, else {@link dev.threatmodelbot.domain.context.Fact#SYSTEM}
 * (see {@link FactSubjects}). Headings and code lines name components but state nothing, and so do the
 * words of a name given by role: "Public API" makes nothing public.
 */
public final class OfflineFactExtractor implements FactExtractor {
    private static final java.util.regex.Pattern STATIC = java.util.regex.Pattern.compile("(?i)\\b(?:static "
            + "(?:assets?|files?|content|pages?|site|bundles?|resources?|html|javascript|js|css)|(?:javascript|js|css) "
            + "bundles?|landing page|health[- ]?checks?|favicon|public (?:pages?|docs|documentation))\\b");
    private static final java.util.regex.Pattern CREDENTIAL_KIND = java.util.regex.Pattern.compile("(?i)\\s+"
            + "(?:(?:access|refresh|session|auth|api|bearer|temporary)\\s+)?(?:tokens?|credentials?|passwords?)\\b");
    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile("\\s*(?:It|They)\\s");
    private static final java.util.Set<Property> NOT_BY_NAME = java.util.EnumSet.of(Property.EXPOSURE, Property.TRANSPORT,
            Property.ENCRYPTION_AT_REST, Property.RATE_LIMITING);
    private final Catalogue catalogue;
    private final SecurityPatterns patterns;
    private final Lexicon products;

    OfflineFactExtractor(Catalogue catalogue, SecurityPatterns patterns) {
        this.catalogue = catalogue;
        this.patterns = patterns;
        this.products = Lexicon.ofTerms(catalogue.terms());
    }

    /** The extractor with the catalogue and patterns shipped in {@code offline/}. */
    public static OfflineFactExtractor packaged() {
        return new OfflineFactExtractor(Catalogue.packaged(), SecurityPatterns.packaged());
    }

    @Override
    public ContextModel extract(String text, Source source, ContextModel known) {
        List<Sentence> sentences = Sentences.split(text);
        Map<String, FlowTables.Row> rows = FlowTables.rows(text);
        Lexicon lexicon = Lexicon.of(catalogue, known, sentences, rows);
        // earlier texts are read for endpoints only when this one names one (this runs on every answer)
        Endpoints endpoints = Endpoints.named(sentences.stream().map(Sentence::analysed).toList())
                ? Endpoints.of(endpointSentences(sentences, known), lexicon) : Endpoints.none();
        ModelBuilder model = new ModelBuilder(source, known.components().stream()
                .map(dev.threatmodelbot.domain.context.Component::id).collect(java.util.stream.Collectors.toSet()));
        List<Mention> previous = List.of();
        Optional<ComponentRef> topic = Optional.empty();
        boolean boldTopic = false; // the topic is the part a bold lead opened this paragraph with
        boolean laterSection = false;
        boolean outOfScope = false;
        String heading = "";
        SectionActors actors = new SectionActors();
        Gaps gaps = new Gaps();
        Optional<ComponentRef> app = ClientApps.known(known);
        Map<Sentence, List<ClientApps.Exchange>> exchanges = new java.util.LinkedHashMap<>();
        Map<Sentence, List<Mention>> stating = new java.util.LinkedHashMap<>();
        List<Sentence> said = new java.util.ArrayList<>();
        List<PromptFlows.Said> prompts = new java.util.ArrayList<>();
        Optional<ComponentRef> handedTo = Optional.empty();
        for (Sentence s : sentences) {
            if (s.item() && !PRONOUN.matcher(s.analysed()).lookingAt()) {
                previous = List.of(); // a list item speaks of what it names, not of the item above
            }
            List<Mention> mentions = Runtimes.dropped(s.analysed(),
                    credentialKindsDropped(s, lexicon.mentions(s.analysed())));
            if (s.kind() == Sentence.Kind.HEADING) {
                heading = s.text();
                topic = mentions.size() == 1 ? Optional.of(mentions.get(0).ref()) : Optional.empty();
                laterSection = Asides.later(s.text());
                outOfScope = Asides.outOfScope(s.text());
                actors.heading(topic, s.level());
            }
            Optional<ComponentRef> lead = SectionSubjects.boldLead(s, mentions); // "**`hook` (psp-gateway).** Receives …"
            topic = lead.isPresent() || SectionSubjects.opensBold(s) ? lead : topic; // a bold lead naming no part ends it
            boldTopic = lead.isPresent() || !SectionSubjects.opensBold(s) && boldTopic && s.kind() != Sentence.Kind.HEADING;
            boolean passing = Asides.laterInPassing(s); // "| Conductor | … | moving to OAuth is phase 2 |": its flows hold
            boolean aside = laterSection || Asides.later(s) && !passing;
            boolean gap = gaps.read(s) || Asides.later(s);
            model.components(s, mentions, aside);
            RowKinds.of(s, rows.get(s.text()), mentions).ifPresent(model::kind);
            if (s.states()) {
                ReviewedElsewhere.named(s, mentions, outOfScope).forEach(m -> model.fact(s, m.ref().id(), ReviewedElsewhere.hit(m)));
                ReviewedElsewhere.signInElsewhere(s, mentions, outOfScope).forEach(m -> model.fact(s, m.ref().id(),
                        new SecurityPatterns.Hit(Property.SCOPE, "sign-in-elsewhere", false, m.start(), m.end())));
            }
            List<Mention> owners = s.states() ? endpoints.named(s.analysed()) : List.of();
            List<Mention> about = !owners.isEmpty() ? owners // "the GitHub webhook endpoint (`/hooks/github`)": ours
                    : mentions.isEmpty() && s.states() ? boldTopic ? SectionSubjects.of(s, topic, parts(known, model)) // its paragraph's
                            : SectionSubjects.implied(s, topic, parts(known, model))
                    : RowFlows.subject(s, rows.get(s.text()), mentions).map(r -> mentions.stream() // a component row: its part's
                            .filter(m -> m.ref().id().equals(r.id())).limit(1).toList()).orElse(SectionSubjects.ours(s, mentions, topic));
            if (s.states() && (aside || passing) && gap) {
                facts(s, about, List.of(), false, previous, model, app, true, known); // what is missing today
            }
            if (s.states() && !aside) {
                said.add(s);
                Flows.Context context = new Flows.Context(topic, previous.stream().findFirst().map(Mention::ref));
                List<FlowLines.Link> links = FlowLines.of(s, rows);
                List<Flows.Found> laidOut = Flows.laidOut(links, mentions);
                boolean boundary = rows.containsKey(s.text()) && rows.get(s.text()).columns().boundaries();
                List<Flows.Found> flows = boundary ? List.of() : laidOut.isEmpty() ? Flows.find(s.analysed(), mentions, context) : laidOut;
                Optional<ComponentRef> actor = actors.read(s, mentions);
                if (flows.isEmpty() && links.isEmpty()) {
                    flows = AgentlessFlows.find(s.analysed(), mentions, actor);
                }
                flows = new java.util.ArrayList<>(flows);
                flows.addAll(SourceFlows.find(s.analysed(), mentions, flows));
                flows = actorRow(s, mentions, flows);
                flows = RowFlows.added(flows, s, rows.get(s.text()), mentions);
                PromptFlows.read(said.size(), s, mentions, RowFlows.subject(s, rows.get(s.text()), mentions), context)
                        .ifPresent(prompts::add);
                List<Flows.Found> stated = flows;
                HandOffs.taken(s.analysed(), mentions, handedTo).filter(f -> !stated.contains(f)).ifPresent(stated::add);
                handedTo = HandOffs.handedTo(flows);
                model.flows(s, flows);
                UrlTargets.mark(s, flows, model);
                zones(s, rows, mentions, model);
                ClientParts.mark(s, mentions, rows.get(s.text()), model);
                zoneList(s, heading, mentions, model);
                if (!passing) {
                    facts(s, about, flows, !laidOut.isEmpty(), previous, model, app, gap, known);
                }
                app.ifPresent(a -> exchanges.put(s, ClientApps.read(s, mentions, a, model)));
                stating.put(s, mentions);
            }
            previous = pronounChain(s, previous, labelLast(s, mentions));
        }
        List<ComponentRef> people = people(model, known);
        app.ifPresent(a -> exchanged(a, exchanges, model, people));
        UserFlows.onlyUser(people).ifPresent(user -> {
            stating.forEach((s, mentions) -> model.flows(s, UserFlows.find(s.analysed(), mentions, user)));
            stating.forEach((s, mentions) -> UserFlows.browserCalls(user, mentions, model.drawn(), known)
                    .ifPresent(f -> model.flows(s, List.of(f))));
        });
        ControlPlane.flows(said, lexicon, known).forEach(d -> model.flows(d.sentence(), List.of(d.flow())));
        PromptFlows.flows(prompts, model.onlyModel(known, lexicon)).forEach(d -> model.flows(d.sentence(), List.of(d.flow())));
        return model.build(lexicon, catalogue::tool);
    }

    /** This text's sentences and the ones earlier texts named parts in, where endpoints may have been put on parts. */
    private static List<String> endpointSentences(List<Sentence> sentences, ContextModel known) {
        List<String> texts = new java.util.ArrayList<>();
        known.components().forEach(c -> c.mentions().forEach(m -> texts.add(m.quote())));
        sentences.forEach(s -> texts.add(s.analysed()));
        return texts.stream().distinct().toList();
    }

    /** Properties a sentence about a link's port or protocol states of that link. */
    private static final java.util.Set<Property> ON_LINKS = java.util.EnumSet.of(Property.TRANSPORT, Property.AUTHENTICATION);

    /** The flows an earlier text and this one so far have drawn, each with the words that state it. */
    private static Map<String, String> flowWords(ContextModel known, ModelBuilder model) {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        known.flows().forEach(f -> words.put(f.id(), f.description() + " " + f.mentions().stream()
                .map(dev.threatmodelbot.domain.context.Source::quote).collect(java.util.stream.Collectors.joining(" "))));
        model.flowWords().forEach((id, w) -> words.merge(id, w, (a, b) -> a + " " + b));
        return words;
    }

    /** The parts an earlier text and this one so far have named. */
    private static java.util.Collection<ComponentRef> parts(ContextModel known, ModelBuilder model) {
        Map<String, ComponentRef> all = new java.util.LinkedHashMap<>();
        known.components().forEach(c -> all.put(c.id(), new ComponentRef(c.id(), c.name(), c.kind(), c.technology())));
        model.named().forEach(r -> all.putIfAbsent(r.id(), r));
        return all.values();
    }

    /** The people this text or an earlier one names by their role. */
    private static List<ComponentRef> people(ModelBuilder model, ContextModel known) {
        List<ComponentRef> people = new java.util.ArrayList<>(model.people());
        known.components().stream().filter(c -> c.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY
                && c.technology().isEmpty()).map(c -> new ComponentRef(c.id(), c.name(), c.kind(), c.technology()))
                .filter(r -> people.stream().noneMatch(p -> p.id().equals(r.id()))).forEach(people::add);
        return people;
    }

    /** Files imported into the app come from its one kind of user, and exports go back to them. */
    private static void exchanged(ComponentRef app, Map<Sentence, List<ClientApps.Exchange>> exchanges,
            ModelBuilder model, List<ComponentRef> people) {
        if (people.size() != 1) {
            return; // whose files they are is not for the offline reader to guess
        }
        exchanges.forEach((s, ways) -> ways.forEach(w -> model.flows(s, List.of(w == ClientApps.Exchange.IMPORT
                ? new Flows.Found(people.get(0), app) : new Flows.Found(app, people.get(0))))));
    }

    /** The application a document describes as a whole, as a web app that runs on the client (see {@link ClientApps}). */
    @Override
    public ContextModel frame(String document, Source source) {
        List<Sentence> sentences = Sentences.split(document);
        Lexicon products = Lexicon.ofTerms(catalogue.terms());
        Lexicon parts = Lexicon.of(catalogue, ContextModel.EMPTY, sentences);
        boolean platform = sentences.stream().filter(Sentence::states).flatMap(s -> parts.mentions(s.analysed()).stream())
                .anyMatch(m -> ClientApps.SERVING.contains(m.ref().kind()));
        ContextModel coded = Definitions.coded(sentences, parts, source); // code-named parts, for diagrams drawn before them
        if (platform) {
            return coded; // the title names a system of services, one of which may run in the browser
        }
        return ClientApps.of(sentences).filter(a -> products.mentions(a.ref().name()).isEmpty())
                .map(a -> ClientApps.framed(a, sentences, source)).orElse(ContextModel.EMPTY).merge(coded);
    }

    /** A zone table row: the parts it lists sit in its zone, public or internal when the zone's name says which. */
    private static void zones(Sentence s, Map<String, FlowTables.Row> rows, List<Mention> mentions,
            ModelBuilder model) {
        FlowTables.Row row = rows.get(s.text());
        if (row == null || !row.columns().zones()) {
            return;
        }
        Optional<String> exposure = FlowTables.exposure(row.value(row.columns().zone()));
        row.cell(row.columns().parts()).ifPresent(cell -> exposure.ifPresent(value -> mentions.stream()
                .filter(m -> m.start() >= cell.start() && m.end() <= cell.end()).map(Mention::ref).distinct()
                .forEach(r -> model.fact(s, r.id(), new SecurityPatterns.Hit(Property.EXPOSURE, value, false,
                        cell.start(), cell.end())))));
    }

    /** "- Internet: Shopper, CDN edge" under a trust-zone heading: those parts sit in that zone. */
    private static void zoneList(Sentence s, String heading, List<Mention> mentions, ModelBuilder model) {
        List<FlowLines.Span> spans = FlowLines.zoneList(s, heading);
        if (spans.isEmpty()) {
            return;
        }
        FlowTables.exposure(s.text().substring(0, Labels.end(s.analysed()))).ifPresent(value -> mentions.stream()
                .filter(m -> spans.stream().anyMatch(sp -> m.overlaps(sp.start(), sp.end()))).map(Mention::ref)
                .distinct().forEach(r -> model.fact(s, r.id(), new SecurityPatterns.Hit(Property.EXPOSURE, value,
                        false, 0, 0))));
    }

    /**
     * "an STS token", "ECR access tokens", "Vault credentials": a product named as the kind of a
     * credential names a credential, not the product as a part of this system.
     */
    private static List<Mention> credentialKindsDropped(Sentence s, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.ref().namedByRole()
                || !CREDENTIAL_KIND.matcher(s.analysed().substring(m.end())).lookingAt()).toList();
    }

    /**
     * "A → B: images {"encrypted": false}", a flow-table row's "Encrypted: yes": on a line that lays out
     * a flow, a bare "encrypted" is about the link, not about the disks at either end.
     */
    private static SecurityPatterns.Hit ofLink(SecurityPatterns.Hit hit) {
        if (!hit.dataStoreOnly() || hit.property() != Property.ENCRYPTION_AT_REST) {
            return hit;
        }
        String value = hit.value().equals("none") ? "plain" : "tls";
        return new SecurityPatterns.Hit(Property.TRANSPORT, value, false, hit.start(), hit.end());
    }

    /**
     * Whether the words matched belong to a part's name given by role, and so claim nothing about how
     * the part is reached or protected ("Public API", "Encrypted Store"). What a name says a part is or
     * holds ("Training Data Lake", "Third-party libraries", "Authorized Keys") still counts; so does a
     * product's name, which may state a control ("keys kept in AWS Secrets Manager"): the product is
     * the control.
     */
    private boolean insideName(String text, SecurityPatterns.Hit hit, List<Mention> mentions) {
        return NOT_BY_NAME.contains(hit.property()) && mentions.stream().anyMatch(m -> m.overlaps(hit.start(), hit.end())
                && m.ref().kind() != dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY
                && products.mentions(text.substring(m.start(), m.end())).isEmpty());
    }

    private static boolean openStaticContent(Sentence s, SecurityPatterns.Hit hit) {
        return hit.property() == Property.AUTHENTICATION && hit.value().equals("none")
                && STATIC.matcher(s.analysed()).find();
    }

    /**
     * "The Sync Controller is the core. It watches Policy objects. It fetches keys from Vault.": a sentence
     * opening with a pronoun keeps the part it stood for as the subject the next pronoun refers to.
     */
    private static List<Mention> pronounChain(Sentence s, List<Mention> previous, List<Mention> mentions) {
        if (previous.isEmpty() || !PRONOUN.matcher(s.analysed()).lookingAt()) {
            return mentions;
        }
        List<Mention> chained = new java.util.ArrayList<>(List.of(previous.get(0)));
        chained.addAll(mentions);
        return chained;
    }

    /**
     * "API Server: REST API used by the Web UI. Exposed on the internet.": what the next sentence says
     * without naming a part is about the part the item is labelled with, not the one named last.
     */
    private static List<Mention> labelLast(Sentence s, List<Mention> mentions) {
        int label = Labels.end(s.analysed());
        if (mentions.size() < 2 || label < 0 || mentions.get(0).end() > label) {
            return mentions;
        }
        List<Mention> reordered = new java.util.ArrayList<>(mentions.subList(1, mentions.size()));
        reordered.add(mentions.get(0));
        return reordered;
    }

    /**
     * "| CXP Engineer | EKS, Datadog, CS read, deploy via ArgoCD |": a table row opened by a person or role lists what they
     * reach; it says nothing of how the things it lists talk to each other.
     */
    private static List<Flows.Found> actorRow(Sentence s, List<Mention> mentions, List<Flows.Found> flows) {
        String text = s.analysed();
        if (!text.stripLeading().startsWith("|") || mentions.isEmpty()) {
            return flows;
        }
        int firstCell = text.indexOf('|', text.indexOf('|') + 1);
        Mention first = mentions.get(0);
        if (firstCell < 0 || first.start() > firstCell
                || first.ref().kind() != dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY) {
            return flows;
        }
        return flows.stream().filter(f -> f.source().id().equals(first.ref().id()) || f.target().id().equals(first.ref().id()))
                .toList();
    }

    private static final java.util.Set<String> ABSENT_VALUES = java.util.Set.of("none", "plain", "public");

    private void facts(Sentence s, List<Mention> mentions, List<Flows.Found> flows, boolean flowLine,
            List<Mention> previous, ModelBuilder model, Optional<ComponentRef> app, boolean gap, ContextModel known) {
        int label = gap ? -1 : Labels.end(s.analysed()); // among gaps, "Tenant permissions: …" names what is missing
        List<SecurityPatterns.Hit> weak = Weaknesses.find(s.analysed()); // a control stated missing or deficient, in any words
        List<SecurityPatterns.Hit> hits = new java.util.ArrayList<>(Gaps.only(patterns, s.analysed(), gap, weak));
        // "do not record which interpreter joined; the audit trail only shows 'guest'": the trail named beside the gap is
        // the deficient one, not a control in place (a sentence does not contradict itself)
        hits.removeIf(h -> weak.stream().anyMatch(w -> w.property() == h.property() && ABSENT_VALUES.contains(w.value())
                && !ABSENT_VALUES.contains(h.value()) && Math.abs(w.start() - h.start()) <= 60));
        hits.addAll(weak);
        hits.removeIf(h -> Weaknesses.anotherWayIn(s.analysed(), h));
        for (SecurityPatterns.Hit found : hits) {
            SecurityPatterns.Hit hit = flowLine ? ofLink(found) : found;
            if (hit.end() <= label) {
                continue; // "Storage and Encryption: …" names a topic, it claims nothing
            }
            if (NotStated.systemUpload(hit, s.analysed(), mentions) || NotStated.signingKey(hit, s.analysed())
                    || NotStated.oneHop(hit, s.analysed(), flowLine || !flows.isEmpty())) {
                continue;
            }
            if (insideName(s.analysed(), hit, mentions)) {
                continue; // "Public API", "Internal Tools service": a name is no statement about anything
            }
            if (flows.isEmpty() && openStaticContent(s, hit)) {
                continue; // "static assets need no authentication" is no gap of the server that serves them
            }
            boolean everything = SystemWide.says(s, mentions) || SystemWide.saysAt(s, mentions, hit.start());
            List<String> subjects = everything ? List.of(Fact.SYSTEM)
                    : FactSubjects.of(hit, s.analysed(), flows, mentions, previous);
            if (!everything && subjects.equals(List.of(Fact.SYSTEM)) && ON_LINKS.contains(hit.property())
                    && FlowDetails.names(s)) {
                // "the MLLP listener on port 6661 uses no TLS": the one flow laid out with that port or protocol
                subjects = FlowDetails.only(s, flowWords(known, model)).map(List::of).orElse(subjects);
            }
            for (String subject : subjects) {
                // what a doc about an app says of no part in particular, it says of the app
                model.fact(s, subject.equals(Fact.SYSTEM) ? app.map(ComponentRef::id).orElse(subject) : subject, hit);
            }
        }
    }
}
