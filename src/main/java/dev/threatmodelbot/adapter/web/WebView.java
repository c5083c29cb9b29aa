package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.domain.ConversationAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the page shows one person: the channel's messages (private ones only to whom they are for), with reactions. */
final class WebView {
    private final HostedConversations store;
    private final ConversationAddress channel;
    private final Clock clock;
    private final boolean clockControl;

    WebView(HostedConversations store, ConversationAddress channel, Clock clock, boolean clockControl) {
        this.store = store;
        this.channel = channel;
        this.clock = clock;
        this.clockControl = clockControl;
    }

    ObjectNode state(String as) {
        ObjectNode out = WebMessage.JSON.createObjectNode();
        out.put("version", store.version(channel.channel()));
        out.put("now", clock.instant().toString());
        out.put("clockControl", clockControl);
        out.put("me", as);
        out.put("channel", channel.channel());
        ArrayNode people = out.putArray("people");
        WebPeople.ALL.forEach(p -> people.addObject().put("id", p.id()).put("name", p.name()).put("role", p.role()));
        ArrayNode messages = out.putArray("messages");
        for (HostedConversations.Stored stored : store.messages(channel.channel())) {
            WebMessage m = WebMessage.read(stored.content());
            if (m.visibleTo().isPresent() && !m.visibleTo().get().equals(as)) {
                continue;
            }
            ObjectNode node = WebMessage.JSON.valueToTree(m);
            node.put("id", stored.id());
            node.put("private", m.visibleTo().isPresent());
            ObjectNode reactions = node.putObject("reactions");
            TreeMap<String, Set<String>> by = new TreeMap<>();
            for (String r : store.reactions(channel.channel(), stored.id())) {
                int bar = r.indexOf('|');
                by.computeIfAbsent(r.substring(0, bar), k -> new TreeSet<>()).add(r.substring(bar + 1));
            }
            by.forEach((name, users) -> {
                ArrayNode list = reactions.putArray(name);
                users.forEach(list::add);
            });
            messages.add(node);
        }
        return out;
    }

    /** A file some message of the channel carries (only those can be fetched). */
    Optional<WebMessage.File> fileNamed(String id) {
        return store.messages(channel.channel()).stream().map(s -> WebMessage.read(s.content()))
                .flatMap(m -> m.file().stream()).filter(f -> f.id().equals(id)).findFirst();
    }
}
