package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.domain.Mentions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of the local workspace: one person tries the whole flow by being each of them in turn.
 * Typed {@code @name}s of these people become the core's mention tokens; nobody else can be named.
 */
final class WebPeople {
    /** The bot's own id in the workspace: it posts, it is never a person. */
    static final String BOT = "UTHREATBOT";

    record Person(String id, String name, String role) {}

    static final List<Person> ALL = List.of(
            new Person("UROBIN", "Robin", "requester — starts the interview"),
            new Person("UALICE", "Alice", "engineer"),
            new Person("UBOB", "Bob", "engineer"),
            new Person("UDAVE", "Dave", "engineer, joins when asked"),
            new Person("UCAROL", "Carol", "security lead — the only one whose review counts"),
            new Person("UMALLORY", "Mallory", "someone else in the channel"));

    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w{])@([A-Za-z][A-Za-z0-9._-]*)");

    private WebPeople() {}

    static Optional<Person> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    static Optional<Person> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "");
        return ALL.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    /** Text typed in the page as core text: tokens people typed made inert, known {@code @name}s made mentions. */
    static String toCore(String typed) {
        String inert = Mentions.inert(typed == null ? "" : typed);
        Matcher m = AT_NAME.matcher(inert);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String trailing = name.replaceAll("^.*?([.,;:!?]*)$", "$1");
            Optional<Person> p = byName(name);
            m.appendReplacement(out, Matcher.quoteReplacement(p.map(x -> Mentions.of(x.id()) + trailing)
                    .orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
