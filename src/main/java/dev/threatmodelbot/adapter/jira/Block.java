package dev.threatmodelbot.adapter.jira;

import java.util.List;
import java.util.Optional;

/** A part of a ticket's description, before it is written as ADF (Cloud) or wiki markup (Data Center). */
sealed interface Block {

    /** A small heading. */
    record Heading(String text) implements Block {}

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

    /** A run of text, perhaps bold, perhaps a link to {@code href}. */
    record Span(String text, boolean strong, Optional<String> href) {

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
