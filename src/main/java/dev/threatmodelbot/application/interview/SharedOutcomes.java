package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;

/**
 * A fetched file taken into a session, wherever it was shared (a thread reply or the start form): a
 * design doc read into the context model (one of the same name replaced), an existing threat model
 * started from, or a notice saying why it was not read. {@code message}: the message the file came
 * with, which keys the notice so a retried event says it once.
 */
final class SharedOutcomes {
    private SharedOutcomes() {}

    static Session taken(LearnFacts learn, Session s, String user, String message, SharedFiles.Outcome o) {
        if (o instanceof SharedFiles.Refused no) {
            return s.say(Outbound.thread("doc-refused:" + message + ":" + no.name(),
                    Texts.docRefused(user, no.name(), no.why())));
        }
        if (o instanceof SharedFiles.Imported imported) {
            boolean replaces = s.document(imported.doc().name()).isPresent();
            return ImportSeed.seed(s, imported.doc(), imported.model()).say(Outbound.thread("model-read:"
                    + message + ":" + imported.doc().fileId(), ImportSeed.read(user, imported.doc(),
                    imported.model(), replaces)));
        }
        SharedFiles.Read read = (SharedFiles.Read) o;
        boolean replaces = s.document(read.doc().name()).isPresent();
        Session learnt = learn.fromSharedDoc(s, read.doc(), read.text()).withDocuments(ds -> {
            ds.removeIf(d -> d.name().equalsIgnoreCase(read.doc().name()));
            ds.add(read.doc());
            return ds;
        });
        return learnt.say(Outbound.thread("doc-read:" + message + ":" + read.doc().fileId(),
                Texts.docRead(user, read.doc(), replaces, read.cut())));
    }
}
