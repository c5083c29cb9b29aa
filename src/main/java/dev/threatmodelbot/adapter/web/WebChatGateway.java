package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.application.chat.Delivery;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.ConversationAddress;
import java.time.Clock;
import java.util.Optional;

/**
 * The core's messages written into the workspace's own conversations. Every post is stored under the
 * session and the message's key, so delivering a message again after a crash finds the first one
 * instead of showing it twice; updates replace a message in place.
 */
final class WebChatGateway implements ChatGateway {
    private final HostedConversations store;
    private final Clock clock;
    private final java.util.function.Supplier<String> baseUrl;

    WebChatGateway(HostedConversations store, Clock clock, java.util.function.Supplier<String> baseUrl) {
        this.store = store;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public String deliver(Delivery d) {
        Outbound m = d.message();
        String space = d.channel().channel();
        switch (m.kind()) {
            case KICKOFF: {
                KickoffView view = d.kickoff().orElseThrow();
                WebMessage kickoff = WebMessage.bot(Optional.empty(), "", clock.instant())
                        .withKickoff(WebMessage.Kickoff.of(view), view.summary()).ofSession(d.session());
                return post(d, kickoff);
            }
            case KICKOFF_UPDATE: {
                String id = d.replaces().orElseThrow();
                KickoffView view = d.kickoff().orElseThrow();
                update(space, id, w -> w.withKickoff(WebMessage.Kickoff.of(view), view.summary()));
                return id;
            }
            case THREAD: {
                WebMessage w = WebMessage.bot(d.thread(), m.text(), clock.instant()).ofSession(d.session());
                if (!m.options().isEmpty() && m.question().isPresent()) {
                    w = w.asking(d.session(), m.question().get(), m.options());
                }
                return post(d, w);
            }
            case DIRECT:
                return post(d, WebMessage.bot(Optional.empty(), m.text(), clock.instant()).to(m.toUser().orElseThrow()));
            case DRAFT_ROOT:
                return post(d, WebMessage.bot(Optional.empty(), "", clock.instant()).ofSession(d.session())
                        .withRoot(d.root(), m.text()));
            case DRAFT_ROOT_UPDATE: {
                String root = d.replaces().orElseThrow();
                update(space, root, w -> w.withRoot(d.root(), m.text()));
                return root;
            }
            case DRAFT_REPLY:
                return post(d, WebMessage.bot(Optional.of(d.thread().orElseThrow()), "", clock.instant())
                        .ofSession(d.session()).withThreat(d.threat(), m.text()));
            case DRAFT_NOTE:
                return post(d, WebMessage.bot(Optional.of(d.thread().orElseThrow()), m.text(), clock.instant())
                        .ofSession(d.session()));
            case DRAFT_REPLY_UPDATE: {
                String id = d.replaces().orElseThrow();
                update(space, id, w -> w.withThreat(d.threat(), m.text()));
                return id;
            }
            case EPHEMERAL:
                return post(d, WebMessage.bot(Optional.of(d.thread().orElseThrow()), m.text(), clock.instant())
                        .to(m.toUser().orElseThrow()));
            default:
                throw new ChatException("the workspace does not show " + m.kind() + " messages", false, null);
        }
    }

    @Override
    public String attach(Delivery d, String filename, byte[] content) {
        String fileId = (d.session() + "-" + d.message().key()).replaceAll("[^A-Za-z0-9_-]", "-");
        store.putFile(fileId, content);
        WebMessage.File file = new WebMessage.File(fileId, filename, mime(filename), content.length);
        return post(d, WebMessage.bot(d.thread(), d.message().text(), clock.instant()).ofSession(d.session()).withFile(file));
    }

    @Override
    public String permalink(ConversationAddress channel, String messageId, Optional<String> thread) {
        return baseUrl.get() + "/#m-" + messageId;
    }

    @Override
    public byte[] download(ConversationAddress channel, SharedFile file) {
        return store.file(file.id()).orElseThrow(() -> new ChatException("the shared file is gone", false, null));
    }

    private String post(Delivery d, WebMessage w) {
        return store.post(d.channel().channel(), d.session() + ":" + d.message().key(), w.json());
    }

    private void update(String space, String id, java.util.function.UnaryOperator<WebMessage> change) {
        String stored = store.message(space, id)
                .orElseThrow(() -> new ChatException("message " + id + " is gone", false, null));
        store.replace(space, id, change.apply(WebMessage.read(stored)).json());
    }

    static String mime(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".json")) {
            return "application/json";
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return "application/yaml";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        return n.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }
}
