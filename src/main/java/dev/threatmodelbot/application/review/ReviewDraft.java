package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.export.ExportDraft;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.application.port.ThreatDrafter;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Amendment;
import dev.threatmodelbot.domain.threat.Assumptions;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftSelection;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The draft and its review. {@code /threatmodel draft} on a session whose context is gathered drafts
 * the threat model from it and posts a root message with one reply per threat, highest severity
 * first. The security lead's ✅ approves, ❌ rejects and 🤔 marks a threat for discussion; taking the
 * reaction back returns it to pending; every decision is kept with who and when, and the root's
 * tally is updated. Anyone else's review reaction changes nothing and they are told why, privately.
 * A threat resting on nothing but silence is not posted: the root lists what the draft assumes, one
 * line per topic, for people to confirm. At most {@link #MAX_POSTED} threats are posted, highest
 * severity first; the root names the rest.
 */
public final class ReviewDraft {
    static final Map<Marks.Signal, Decision.Kind> DECISIONS = Map.of(
            Marks.Signal.APPROVE, Decision.Kind.APPROVED,
            Marks.Signal.REJECT, Decision.Kind.REJECTED,
            Marks.Signal.DISCUSS, Decision.Kind.DISCUSS);

    /** Threats one draft posts at most; a lead reviews each by hand. */
    static final int MAX_POSTED = 30;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReviewDraft.class);

    private final ThreatDrafter drafter;
    private final Optional<LanguageModel> model;
    private final ExportDraft exports;
    private final dev.threatmodelbot.application.port.Meaning meaning;

    public ReviewDraft(ThreatDrafter drafter, Optional<LanguageModel> model, ExportDraft exports) {
        this(drafter, model, exports, dev.threatmodelbot.application.port.Meaning.NONE);
    }

    /** {@code meaning}: tells which drafted threat says what an imported model's threat says. */
    public ReviewDraft(ThreatDrafter drafter, Optional<LanguageModel> model, ExportDraft exports,
            dev.threatmodelbot.application.port.Meaning meaning) {
        this.drafter = drafter;
        this.model = model;
        this.exports = exports;
        this.meaning = meaning;
    }

    /** Drafts when the interview is over and the lead asks; a later request drafts the next version. */
    public Optional<Transition> draft(Session s, DraftRequested d) {
        if (s.state() != SessionState.GATHERED || !s.lead().equals(d.user())) {
            return Optional.empty();
        }
        List<Threat> threats = drafter.draft(s.context());
        Session enriched = s;
        boolean modelFailed = false;
        if (model.isPresent()) { // threats the rules missed and attack chains, each citing the facts
            EnrichThreats.Result r = EnrichThreats.enrich(s.system(), s.context(), threats, model.get());
            LOG.info("session={} threats from the language model: {}", s.id(), r.summary());
            enriched = s.withUsage(s.usage().plus(1, r.tokensIn(), r.tokensOut(), r.failed() ? 1 : 0));
            modelFailed = r.failed();
            threats = EnrichThreats.merged(threats, r.threats());
        }
        ImportedThreats.Carried carried = ImportedThreats.carry(s, threats, meaning);
        threats = carried.threats();
        DraftSelection selection = DraftSelection.of(threats, MAX_POSTED);
        threats = selection.posted();
        Optional<Draft> previous = s.draft();
        threats = sameAsBefore(threats, previous);
        int version = previous.map(x -> x.version() + 1).orElse(1);
        List<DraftedThreat> numbered = new ArrayList<>();
        for (int i = 0; i < threats.size(); i++) {
            Threat t = threats.get(i);
            Optional<DraftedThreat> before = previous.flatMap(p -> p.byThreat(t.id()));
            // a threat drafted again keeps the lead's decisions, changes and ticket
            List<Amendment> amendments = before.map(DraftedThreat::amendments).orElse(List.of());
            Threat amended = t;
            for (Amendment a : amendments) {
                amended = a.apply(amended);
            }
            numbered.add(new DraftedThreat(i + 1, amended, Optional.empty(),
                    before.map(DraftedThreat::decisions).orElse(List.of()), before.flatMap(DraftedThreat::ticket),
                    amendments));
        }
        Draft draft = new Draft(version, d.at(), Optional.empty(), numbered)
                .withNotes(DraftTexts.held(s.context(), selection.held()), Assumptions.toConfirm(selection.silent()));
        List<String> changes = new ArrayList<>();
        if (previous.isPresent()) {
            changes.add(DraftTexts.changes(previous.get(), draft));
        }
        boolean importedSince = s.documents().stream().anyMatch(doc -> doc.importsModel()
                && previous.map(p -> doc.sharedAt().isAfter(p.draftedAt())).orElse(true));
        if (importedSince) {
            Draft numberedDraft = draft;
            carried.note(numberedDraft).ifPresent(changes::add);
        }
        if (!changes.isEmpty()) {
            draft = draft.withChanges(String.join("\n", changes));
        }
        String root = DraftTexts.root(s, draft);
        Session out = enriched.withDraft(draft).say(Outbound.draftRoot(version, root));
        if (modelFailed) {
            out = out.say(Outbound.draftNote("draft:" + version + ":model-failed", DraftTexts.modelFailed()));
        }
        if (!s.context().components().isEmpty()) {
            out = out.say(Outbound.draftDiagram(version, "Data flows of *" + s.system() + "* as drafted."));
        }
        for (DraftedThreat t : numbered) {
            out = out.say(Outbound.draftThreat(version, t.number(), DraftTexts.threat(s, t)));
        }
        return Optional.of(Transition.of(out));
    }

    public Transition react(Session s, ReactionChanged r) {
        Optional<Marks.Signal> signal = Marks.Signal.named(r.reaction());
        Decision.Kind kind = signal.map(DECISIONS::get).orElse(null);
        Optional<Draft> draft = s.draft();
        if (draft.isEmpty()) {
            return Transition.of(s);
        }
        if (signal.equals(Optional.of(Marks.Signal.EXPORT))) { // added on the draft's root; anywhere else nothing
            if (!r.added() || draft.get().rootId().filter(r.messageId()::equals).isEmpty()) {
                return Transition.of(s);
            }
            return s.lead().equals(r.user())
                    ? exports.export(s, new ExportRequested(r.key(), r.sessionId(), r.user(), Optional.empty(), r.at()))
                    : Transition.of(s.say(Outbound.ephemeral("not-lead:" + r.key(), r.user(), DraftTexts.notLead(s))));
        }
        Optional<DraftedThreat> threat = draft.get().byMessage(r.messageId());
        if (kind == null || threat.isEmpty()) {
            return Transition.of(s);
        }
        if (!s.lead().equals(r.user())) {
            return Transition.of(r.added() ? s.say(Outbound.ephemeral("not-lead:" + r.key(), r.user(),
                    DraftTexts.notLead(s))) : s);
        }
        DraftedThreat t = threat.get();
        Decision.Kind now = r.added() ? kind : t.status() == kind ? Decision.Kind.PENDING : t.status();
        if (now == t.status()) {
            return Transition.of(s);
        }
        Draft changed = draft.get().changing(t.number(), x -> x.decided(new Decision(now, r.user(), r.at())));
        Session decided = s.withDraft(changed);
        DraftedThreat shown = changed.byNumber(t.number()).orElseThrow();
        if (shown.messageId().isPresent()) { // the threat's message shows the decision, who and when
            decided = decided.say(Outbound.draftThreatUpdate(shown.threat().id(), "decided:" + r.key(),
                    DraftTexts.threat(decided, shown)));
        }
        return Transition.of(decided.say(Outbound.draftRootUpdate(changed.version(),
                DraftTexts.root(decided, changed))));
    }

    /**
     * The lead's reply in the draft's thread naming a threat ({@code #3 severity high}, {@code #3
     * mitigation: …}, {@code #3 <a note>}) changes that threat: its reply and the root are updated,
     * and the change is kept with who and when. Anyone else's reply, or one in another thread, is
     * not an amendment (empty).
     */
    public Optional<Transition> amend(Session s, ReplyPosted r) {
        Optional<Draft> draft = s.draft();
        Optional<Amendment.Numbered> numbered = Amendment.numbered(r.text());
        if (draft.isEmpty() || numbered.isEmpty() || !s.lead().equals(r.user())
                || r.thread().isEmpty() || !r.thread().equals(draft.get().rootId())) {
            return Optional.empty();
        }
        Draft d = draft.get();
        String key = "amend:" + r.messageId();
        Optional<DraftedThreat> threat = d.byNumber(numbered.get().number());
        if (threat.isEmpty()) {
            return Optional.of(Transition.of(s.say(Outbound.draftNote(key, DraftTexts.noSuchThreat(d,
                    numbered.get().number())))));
        }
        Optional<Amendment> amendment = Amendment.parse(numbered.get().rest(), r.user(), r.at(), r.messageId());
        if (amendment.isEmpty()) {
            return Optional.of(Transition.of(s.say(Outbound.draftNote(key, DraftTexts.amendHelp(threat.get())))));
        }
        Draft changed = d.changing(threat.get().number(), t -> t.amended(amendment.get()));
        Session out = s.withDraft(changed);
        DraftedThreat now = changed.byNumber(threat.get().number()).orElseThrow();
        if (now.messageId().isPresent()) {
            out = out.say(Outbound.draftThreatUpdate(now.threat().id(), key, DraftTexts.threat(out, now)));
        }
        out = out.say(Outbound.draftRootUpdate(changed.version(),
                DraftTexts.root(out, changed)));
        if (now.ticket().isPresent()) {
            out = out.say(Outbound.draftNote(key + ":ticket", DraftTexts.amendedAfterTicket(now)));
        }
        return Optional.of(Transition.of(out));
    }

    /**
     * A threat the model proposes again in other words keeps the id it had, so it keeps its decisions,
     * changes and ticket: same parts, a STRIDE category in common, not matched to another already.
     */
    private static List<Threat> sameAsBefore(List<Threat> threats, Optional<Draft> previous) {
        if (previous.isEmpty()) {
            return threats;
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        threats.forEach(t -> taken.add(t.id()));
        List<Threat> out = new ArrayList<>();
        for (Threat t : threats) {
            Optional<Threat> before = !fromModel(t) || previous.get().byThreat(t.id()).isPresent() ? Optional.empty()
                    : previous.get().threats().stream().map(DraftedThreat::threat)
                            .filter(p -> fromModel(p) && !taken.contains(p.id())
                                    && java.util.Set.copyOf(p.subjects()).equals(java.util.Set.copyOf(t.subjects()))
                                    && p.stride().stream().anyMatch(t.stride()::contains))
                            .findFirst();
            before.ifPresent(p -> taken.add(p.id()));
            out.add(before.map(p -> t.withId(p.id())).orElse(t));
        }
        return out;
    }

    private static boolean fromModel(Threat t) {
        return t.rule().equals("llm") || t.rule().equals("chain:llm");
    }

    static boolean isReview(String reaction) {
        return Marks.Signal.named(reaction).filter(DECISIONS::containsKey).isPresent();
    }
}
