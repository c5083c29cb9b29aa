package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.port.FactExtractor;
import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.InstructionLike;
import dev.threatmodelbot.domain.ModelUsage;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SharedDoc;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grows the session's context model from the design doc, shared files and every answer. The offline
 * extractor always reads; with a language model configured its reading is added, after secrets are
 * redacted and keeping only what the text's own words support. A model that fails leaves the text
 * to the offline reading, and the thread is told once. Text that reads like instructions to a model
 * is reported to the lead once per source.
 */
public final class LearnFacts {
    private static final Logger LOG = LoggerFactory.getLogger(LearnFacts.class);

    private final FactExtractor extractor;
    private final Optional<LanguageModel> model;
    private final Meaning meaning;

    public LearnFacts(FactExtractor extractor, Optional<LanguageModel> model, Meaning meaning) {
        this.extractor = extractor;
        this.model = model;
        this.meaning = meaning;
    }

    /**
     * Sections of one document read by the model; the rest of a longer one is read offline only, so
     * a long document cannot hold the session for minutes (or tokens without end).
     */
    static final int MODEL_SECTIONS_PER_DOC = 40;

    /** What the model may still be asked while one event is applied; after a failure, nothing. */
    private static final class Budget {
        private int left;
        private boolean failed;

        Budget(int calls) {
            this.left = calls;
        }

        boolean allows() {
            return left > 0 && !failed;
        }
    }

    Session fromDoc(Session s) {
        Budget budget = new Budget(MODEL_SECTIONS_PER_DOC);
        List<DocSection> sections = DocSections.split(s.designDoc());
        Session out = framed(s, s.designDoc(), sections);
        for (DocSection section : sections) {
            Source source = Source.doc(section.citation(), section.text());
            out = read(out, section.text(), source, Optional.empty(), "design doc §" + section.number(),
                    "the design doc", budget).session();
        }
        // a name an early section used for a part that a later one gave as another name of a part is that part
        return out.withContext(dev.threatmodelbot.domain.context.AliasFolding.folded(out.context()));
    }

    /** The session with what the document as a whole establishes, cited to its first section. */
    private Session framed(Session s, String document, List<DocSection> sections) {
        if (sections.isEmpty()) {
            return s;
        }
        Source source = Source.doc(sections.get(0).citation(), sections.get(0).text());
        return s.withContext(s.context().merge(extractor.frame(document, source)));
    }

    /** A file shared in the thread; a file of the same name shared before is replaced. */
    Session fromSharedDoc(Session s, SharedDoc doc, String text) {
        Set<String> before = s.document(doc.name())
                .map(old -> old.sections().stream().map(doc::cite).collect(Collectors.toSet()))
                .orElse(Set.of());
        Budget budget = new Budget(MODEL_SECTIONS_PER_DOC);
        Learnt learnt = new Learnt(s, ContextModel.EMPTY);
        for (DocSection section : DocSections.split(text)) {
            Source source = Source.doc(doc.cite(section.citation()), section.text());
            learnt = learnt.and(read(learnt.session(), section.text(), source, Optional.empty(),
                    Secrets.redact(doc.name()) + " §" + section.number(), "*" + doc.name() + "*", budget));
        }
        if (budget.failed) {
            return learnt.session(); // the model's reading of the old version may still hold: set nothing aside
        }
        Set<String> stillSaid = learnt.fresh().facts().stream().map(Fact::id).collect(Collectors.toSet());
        Map<String, FactStatus> unsaid = learnt.session().context().facts().stream()
                .filter(f -> f.source().kind() == Source.Kind.DOC && before.contains(citedSection(f.source()))
                        && !stillSaid.contains(f.id()) && f.status() != FactStatus.SUPERSEDED)
                .collect(Collectors.toMap(Fact::id, f -> FactStatus.SUPERSEDED, (a, b) -> a));
        Session s2 = learnt.session();
        return s2.withContext(s2.context().withStatus(unsaid));
    }

    /** What an answer adds. Mentions of the answer itself are cited by its message id. */
    Session fromAnswer(Session s, Answer a) {
        Source source = Source.answer(a.messageId(), a.author(), a.at(), a.text());
        Learnt learnt = read(s, a.text(), source, question(s, a), "an answer", "{link:" + a.messageId() + "|this answer}",
                new Budget(1));
        return inContext(learnt, s, a, source).session();
    }

    /**
     * An answer is read in the context of its question: when it answers a topic question ("how do
     * callers prove who they are to DynamoDB?") what it says about no part in particular is about
     * that question's subject; and when it talks about the topic in words no rule classifies, that
     * is kept as a description, with the answer as evidence. A question covering several topics of a
     * part is read for each of them: a property it asked goes to the subject it asked it of (every
     * connection asked, for one said of all), any other to the part.
     */
    private Learnt inContext(Learnt learnt, Session before, Answer a, Source source) {
        List<String> keys = before.question(a.questionId()).map(Judge::topicsOf).orElse(List.of());
        if (keys.isEmpty()) {
            return learnt;
        }
        String subject = Judge.subjectOf(keys.get(0));
        Map<String, List<Fact>> moved = new java.util.LinkedHashMap<>();
        for (Fact f : learnt.fresh().facts()) {
            if (!f.subject().equals(Fact.SYSTEM) || subject.equals(Fact.SYSTEM)) {
                continue;
            }
            List<String> to = keys.stream().filter(k -> Judge.propertyOf(k) == f.property()).map(Judge::subjectOf)
                    .toList();
            if (to.isEmpty() && !SYSTEM_WIDE.contains(f.property())) {
                to = List.of(subject);
            }
            moved.put(f.id(), to.stream().map(sub -> new Fact(sub + ":" + f.property() + ":" + f.value() + ":"
                    + source.reference(), sub, f.property(), f.value(), f.source(), f.status())).toList());
        }
        moved.values().removeIf(List::isEmpty);
        Session s = learnt.session();
        ContextModel fresh = learnt.fresh();
        if (!moved.isEmpty()) {
            List<Fact> facts = new ArrayList<>();
            for (Fact f : s.context().facts()) {
                for (Fact m : moved.getOrDefault(f.id(), List.of(f))) {
                    if (m == f || s.context().fact(m.id()).isEmpty()
                            && facts.stream().noneMatch(x -> x.id().equals(m.id()))) {
                        facts.add(m);
                    }
                }
            }
            s = s.withContext(new ContextModel(s.context().components(), s.context().flows(), facts));
            fresh = new ContextModel(fresh.components(), fresh.flows(), fresh.facts().stream()
                    .flatMap(f -> moved.getOrDefault(f.id(), List.of(f)).stream()).toList());
        }
        for (String key : keys) {
            String sub = Judge.subjectOf(key);
            Property property = Judge.propertyOf(key);
            boolean told = fresh.facts().stream().anyMatch(f -> f.subject().equals(sub) && f.property() == property);
            if (!told && addresses(a.text(), property, keys.size() > 1)) {
                Fact described = new Fact(sub + ":" + property + ":" + Fact.DESCRIBED + ":" + source.reference(),
                        sub, property, Fact.DESCRIBED, source, FactStatus.STATED);
                s = s.withContext(s.context().merge(new ContextModel(List.of(), List.of(), List.of(described))));
                fresh = fresh.merge(new ContextModel(List.of(), List.of(), List.of(described)));
            }
        }
        return new Learnt(s, fresh);
    }

    /** Whether the answer talks about the property; to a question of several points, any sentence may. */
    private boolean addresses(String text, Property property, boolean sentenceBySentence) {
        if (meaning.addresses(text, property)) {
            return true;
        }
        return sentenceBySentence && java.util.Arrays.stream(text.split("(?<=[.!?;])\\s+|\\n+"))
                .map(String::strip).filter(x -> x.length() > 12)
                .anyMatch(x -> !x.equals(text.strip()) && meaning.addresses(x, property));
    }

    /** Properties a system as a whole has; said without a subject, they stay the system's. */
    private static final Set<Property> SYSTEM_WIDE =
            Set.of(Property.DATA_CLASSIFICATION, Property.SECRETS, Property.LOGGING);

    /** An edited answer: facts the old wording stated and the new one does not are superseded. */
    Session fromEdit(Session s, Answer edited) {
        Source source = Source.answer(edited.messageId(), edited.author(), edited.at(), edited.text());
        Learnt learnt = inContext(read(s, edited.text(), source, question(s, edited), "an answer",
                "{link:" + edited.messageId() + "|this answer}", new Budget(1)), s, edited, source);
        Set<String> stillSaid = learnt.fresh().facts().stream().map(Fact::id).collect(Collectors.toSet());
        Map<String, FactStatus> unsaid = s.context().facts().stream()
                .filter(f -> f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(edited.messageId()) && !stillSaid.contains(f.id()))
                .collect(Collectors.toMap(Fact::id, f -> FactStatus.SUPERSEDED));
        return learnt.session().withContext(learnt.session().context().withStatus(unsaid));
    }

    /** The session after reading one text (model, usage, notices) and what the text itself said. */
    private record Learnt(Session session, ContextModel fresh) {
        Learnt and(Learnt next) {
            return new Learnt(next.session(), fresh.merge(next.fresh()));
        }
    }

    private Learnt read(Session s, String text, Source source, Optional<String> question, String label,
            String where, Budget budget) {
        ContextModel fresh;
        try {
            fresh = extractor.extract(text, source, s.context());
        } catch (RuntimeException e) {
            // a reading bug must not stop the session: the text is kept (it is in the answer or the doc), only
            // what the built-in reader would have learnt from it is lost
            LOG.error("session={} could not read {} ({}); kept without facts", s.id(), label, e.toString(), e);
            fresh = ContextModel.EMPTY;
        }
        Session out = s;
        List<String> suspicious = new ArrayList<>(InstructionLike.find(text));
        if (model.isPresent() && budget.allows()) {
            budget.left--;
            String redacted = Secrets.redact(text);
            List<String> known = s.context().merge(fresh).components().stream().map(Component::name)
                    .map(Secrets::redact).toList();
            try {
                LanguageModel.Reading reading = model.get().read(new LanguageModel.Passage(redacted, label, known,
                        question.map(Secrets::redact)));
                fresh = fresh.merge(ModelReadings.accept(reading, redacted, source, s.context().merge(fresh)));
                suspicious.addAll(ModelReadings.instructionLike(reading, redacted));
                out = out.withUsage(out.usage().plus(1, reading.tokensIn(), reading.tokensOut(), 0));
            } catch (LanguageModel.Unavailable e) {
                budget.failed = true;
                LOG.warn("session={} language model unavailable, reading {} offline: {}", s.id(), label,
                        Secrets.redact(e.getMessage()));
                out = out.withUsage(out.usage().plus(1, 0, 0, 1));
                if (!out.usage().fallbackAnnounced()) {
                    out = out.say(Outbound.thread("model-fallback", Texts.modelFallback()))
                            .withUsage(out.usage().announced());
                }
            }
        }
        out = flag(out, source, List.copyOf(new LinkedHashSet<>(suspicious)), where);
        return new Learnt(out.withContext(out.context().merge(fresh)), fresh);
    }

    /** Once per answer, or once per document whichever of its sections holds the text. */
    private Session flag(Session s, Source source, List<String> sentences, String where) {
        String ref = source.reference();
        String key = source.kind() + ":" + (source.kind() == Source.Kind.DOC
                ? (ref.startsWith("§") ? "design doc" : ref.substring(0, Math.max(0, ref.lastIndexOf(" §")))) : ref);
        if (sentences.isEmpty() || s.usage().flagged().contains(key)) {
            return s;
        }
        String by = source.author().map(a -> " from " + dev.threatmodelbot.domain.Mentions.of(a)).orElse("");
        return s.say(Outbound.direct("flag:" + key, s.lead(), Texts.instructionLike(s,
                dev.threatmodelbot.domain.Mentions.inert(where) + by, sentences)))
                .withUsage(s.usage().flagging(key));
    }

    private static Optional<String> question(Session s, Answer a) {
        return s.question(a.questionId()).map(Question::text);
    }

    private static String citedSection(Source source) {
        String ref = source.reference();
        int space = ref.indexOf(' ', ref.indexOf('§'));
        return space < 0 ? ref : ref.substring(0, space);
    }
}
