package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Grows the session's context model from the design doc and from every answer. */
final class LearnFacts {
    private final FactExtractor extractor;

    LearnFacts(FactExtractor extractor) {
        this.extractor = extractor;
    }

    Session fromDoc(Session s) {
        ContextModel model = s.context();
        for (DocSection section : DocSections.split(s.designDoc())) {
            model = model.merge(extractor.extract(section.text(), Source.doc(section.citation(), section.text()),
                    model));
        }
        return s.withContext(model);
    }

    /** What an answer adds. Mentions of the answer itself are cited by its message id. */
    Session fromAnswer(Session s, Answer a) {
        Source source = Source.answer(a.messageId(), a.author(), a.at(), a.text());
        return s.withContext(s.context().merge(extractor.extract(a.text(), source, s.context())));
    }

    /** An edited answer: facts the old wording stated and the new one does not are superseded. */
    Session fromEdit(Session s, Answer edited) {
        Source source = Source.answer(edited.messageId(), edited.author(), edited.at(), edited.text());
        ContextModel fresh = extractor.extract(edited.text(), source, s.context());
        Set<String> stillSaid = fresh.facts().stream().map(Fact::id).collect(Collectors.toSet());
        Map<String, FactStatus> unsaid = s.context().facts().stream()
                .filter(f -> f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(edited.messageId()) && !stillSaid.contains(f.id()))
                .collect(Collectors.toMap(Fact::id, f -> FactStatus.SUPERSEDED));
        return s.withContext(s.context().withStatus(unsaid).merge(fresh));
    }
}
