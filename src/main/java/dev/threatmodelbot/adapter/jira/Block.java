package dev.threatmodelbot.adapter.jira;

import java.util.List;
import java.util.Optional;

/** A part of a ticket's description, before it is written as ADF (Cloud) or wiki markup (Data Center). */
sealed interface Block {

    /** A small heading. */
    record Heading(String text) implements Block {
        public Heading {
            text = dev.threatmodelbot.domain.Secrets.redact(text);
        }
    }

    /** A paragraph of runs of text. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bulleted list; each item is a line of runs of text. */
    record Bullets(List<List<Span>> items) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A run of text, perhaps bold, perhaps a link to {@code href}. Secrets in the text (a key quoted
     * from a design doc) are redacted: a ticket is read by many more people than the thread.
     */
    record Span(String text, boolean strong, Optional<String> href) {
        public Span {
            text = dev.threatmodelbot.domain.Secrets.redact(text);
        }

        static Span plain(String text) {
            return new Span(text, false, Optional.empty());
        }

        static Span strong(String text) {
            return new Span(text, true, Optional.empty());
        }

        static Span link(String text, String href) {
            return new Span(text, false, Optional.of(href));
        }
    }
}
