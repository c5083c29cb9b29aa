package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.DocumentReader;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.SharedDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches and reads the files shared with a thread reply. A file too large, of a kind not read, or
 * unreadable is not an error: it becomes a notice in the thread saying why. A platform that cannot
 * be reached is an error (retriable), so the reply is processed again later and no file is lost —
 * for {@link #PATIENCE} after the reply; then the file is given up on with a notice asking to share
 * it again, so the reply's words and the session's later events are not held up for ever.
 */
public final class SharedFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SharedFiles.class);
    static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(30);

    private final ChatGateway chat;
    private final DocumentReader reader;
    private final dev.threatmodelbot.application.port.ModelImporter importer;
    private final java.time.Clock clock;

    public SharedFiles(ChatGateway chat, DocumentReader reader, java.time.Clock clock) {
        this(chat, reader, dev.threatmodelbot.application.port.ModelImporter.NONE, clock);
    }

    public SharedFiles(ChatGateway chat, DocumentReader reader, dev.threatmodelbot.application.port.ModelImporter importer,
            java.time.Clock clock) {
        this.chat = chat;
        this.reader = reader;
        this.importer = importer;
        this.clock = clock;
    }

    /** What became of one shared file. */
    sealed interface Outcome permits Read, Imported, Refused {}

    /** Read into {@code doc} from {@code text}; {@code cut} when the text was longer than the limit. */
    record Read(SharedDoc doc, String text, boolean cut) implements Outcome {}

    /** An existing threat model, to start from. */
    record Imported(SharedDoc doc, dev.threatmodelbot.domain.context.ImportedModel model) implements Outcome {}

    /** Not read, with the words to tell the person why. */
    record Refused(String name, String why) implements Outcome {}

    public List<Outcome> fetch(dev.threatmodelbot.domain.Session s, ReplyPosted r) {
        List<Outcome> out = new ArrayList<>();
        for (SharedFile f : r.files()) {
            out.add(s.isParticipant(r.user()) ? one(s.id().value(), s.channel(), r.messageId(), r.user(), r.at(), f)
                    : new Refused(f.name(), "only the people taking part "
                    + "in this review add design docs. " + dev.threatmodelbot.domain.Mentions.of(s.lead())
                    + " can share it here if it belongs to the review."));
        }
        return out;
    }

    /** The files attached to a start form, by the person who sent it. */
    public List<Outcome> fetch(dev.threatmodelbot.application.event.StartRequested r) {
        List<Outcome> out = new ArrayList<>();
        for (SharedFile f : r.files()) {
            out.add(one(r.sessionId().value(), r.channel(), "start-form", r.requester(), r.at(), f));
        }
        return out;
    }

    private Outcome one(String session, dev.threatmodelbot.domain.ConversationAddress channel, String messageId,
            String user, java.time.Instant at, SharedFile f) {
        if (f.size() > DocumentReader.MAX_BYTES) {
            return new Refused(f.name(), "it is " + megabytes(f.size()) + " and I read files up to "
                    + megabytes(DocumentReader.MAX_BYTES) + ". Could you share a smaller export, or paste the part "
                    + "about this system here?");
        }
        if (f.downloadUrl() == null || f.downloadUrl().isBlank()) {
            return new Refused(f.name(), channel.platform().label() + " didn't give me access to it (it may be "
                    + "hidden by the workspace's file limits).");
        }
        byte[] bytes;
        try {
            bytes = chat.download(channel, f);
        } catch (ChatException e) {
            if (e.retriable() && clock.instant().isBefore(at.plus(PATIENCE))) {
                throw e;
            }
            if (e.retriable()) {
                LOG.warn("session={} file {} given up on after {}: {}", session, f.id(), PATIENCE, e.reason());
                return new Refused(f.name(), channel.platform().label() + " kept failing to hand it over for "
                        + "half an hour (" + e.reason() + "). Could you share it again?");
            }
            LOG.warn("session={} file {} not downloaded: {}", session, f.id(), e.reason());
            return new Refused(f.name(), channel.platform().label() + " wouldn't let me download it ("
                    + e.reason() + ")." + channel.platform().fileAccessHint());
        }
        try {
            Optional<dev.threatmodelbot.domain.context.ImportedModel> model = importer.read(f.name(), bytes);
            if (model.isPresent()) {
                return new Imported(new SharedDoc(f.id(), f.name(), List.of(dev.threatmodelbot.domain.context.Source
                        .MODEL_SECTION), messageId, user, at, model.get().format(), model.get().threats()),
                        model.get());
            }
        } catch (dev.threatmodelbot.application.port.ModelImporter.UnreadableModel e) {
            return new Refused(f.name(), e.getMessage());
        }
        try {
            Optional<String> text = reader.read(f.name(), f.mimeType(), bytes);
            if (text.isEmpty()) {
                return new Refused(f.name(), "I read Markdown, plain text, PDF and OpenAPI (YAML or JSON) files, "
                        + "and threat models from OTM, threat-composer or Threagile; this one is " + kind(f)
                        + ". Could you share it as one of those, or paste the relevant part here?");
            }
            String body = text.get();
            boolean cut = body.stripTrailing().endsWith(DocumentReader.CUT_NOTICE);
            List<String> sections = dev.threatmodelbot.domain.context.DocSections.split(body).stream()
                    .map(d -> "§" + d.number()).toList();
            return new Read(new SharedDoc(f.id(), f.name(), sections, messageId, user, at), body, cut);
        } catch (DocumentReader.UnreadableDocument e) {
            return new Refused(f.name(), e.getMessage());
        }
    }

    private static String kind(SharedFile f) {
        String type = f.type() == null || f.type().isBlank() ? f.mimeType() : f.type();
        return type == null || type.isBlank() ? "of another kind" : "a " + type + " file";
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
