package dev.threatmodelbot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.application.chat.Delivery;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.ConversationAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Posts and updates the session's messages through the Web API. Every post carries message
 * metadata naming its session and key; when a post may already have happened (an earlier attempt
 * crashed or failed ambiguously) the thread is searched for that key before posting again.
 */
final class SlackChatGateway implements ChatGateway {
    static final String METADATA_TYPE = "threatmodel_message";

    private final MethodsClient slack;
    private final SlackRetry retry;
    private final SlackFiles files;
    private volatile String workspaceUrl;

    SlackChatGateway(MethodsClient slack, SlackRetry retry, SlackFiles files) {
        this.slack = slack;
        this.retry = retry;
        this.files = files;
    }

    @Override
    public byte[] download(ConversationAddress channel, SharedFile file) {
        return files.download(file);
    }

    @Override
    public String deliver(Delivery d) {
        Outbound m = d.message();
        String channel = d.channel().channel();
        switch (m.kind()) {
            case KICKOFF_UPDATE: {
                String ts = d.replaces().orElseThrow();
                KickoffView view = d.kickoff().orElseThrow();
                retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channel).ts(ts)
                        .text(SlackBlocks.kickoffText(view)).blocks(SlackBlocks.kickoff(view))), () -> {});
                return ts;
            }
            case DRAFT_ROOT_UPDATE: {
                String root = d.replaces().orElseThrow();
                String text = SlackMarkup.toSlack(m.text());
                var blocks = d.root().map(SlackDraftBlocks::root).orElse(null);
                retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channel).ts(root)
                        .text(text).blocks(blocks)), () -> {});
                return root;
            }
            case DRAFT_REPLY_UPDATE: {
                String ts = d.replaces().orElseThrow();
                String text = SlackMarkup.toSlack(m.text(), id -> link(d, id));
                var blocks = d.threat().map(v -> SlackDraftBlocks.threat(v, id -> link(d, id))).orElse(null);
                retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(channel).ts(ts)
                        .text(text).blocks(blocks)), () -> {});
                return ts;
            }
            case EPHEMERAL:
                return retry.run("chat.postEphemeral", () -> slack.chatPostEphemeral(r -> r
                        .channel(channel).user(m.toUser().orElseThrow()).threadTs(d.thread().orElseThrow())
                        .text(SlackMarkup.toSlack(m.text()))), () -> {}).getMessageTs();
            case DIRECT:
                return retry.run("chat.postMessage", () -> slack.chatPostMessage(r -> r
                        .channel(m.toUser().orElseThrow()).text(SlackMarkup.toSlack(m.text()))), () -> {})
                        .getTs();
            default:
                return postOnce(d);
        }
    }

    /**
     * Files go through Slack's external upload (upload URL, raw bytes, complete into the thread).
     * Uploads carry no metadata to look for, so a crash mid-upload may show the picture twice.
     */
    @Override
    public String attach(Delivery d, String filename, byte[] png) {
        String thread = d.thread().orElseThrow();
        boolean picture = filename.endsWith(".png");
        var done = retry.run("files.uploadV2", () -> slack.filesUploadV2(r -> {
            r.channel(d.channel().channel()).threadTs(thread).fileData(png).filename(filename).title(filename)
                    .initialComment(SlackMarkup.toSlack(d.message().text()));
            return picture ? r.altTxt("Data-flow diagram of " + d.system()) : r;
        }), () -> {});
        return done.getFile() == null ? filename : done.getFile().getId();
    }

    private String postOnce(Delivery d) {
        Outbound m = d.message();
        String channel = d.channel().channel();
        AtomicBoolean maybePosted = new AtomicBoolean(m.attempted());
        Message.Metadata metadata = Message.Metadata.builder().eventType(METADATA_TYPE)
                .eventPayload(Map.of("session", d.session(), "key", m.key())).build();
        Optional<String> thread = d.thread();
        return retry.run("chat.postMessage", () -> {
            if (maybePosted.get()) {
                Optional<String> earlier = findEarlier(d, thread);
                if (earlier.isPresent()) {
                    return new com.slack.api.methods.response.chat.ChatPostMessageResponse() {
                        {
                            setOk(true);
                            setTs(earlier.get());
                        }
                    };
                }
            }
            if (m.kind() == Outbound.Kind.KICKOFF) {
                KickoffView view = d.kickoff().orElseThrow();
                return slack.chatPostMessage(r -> r.channel(channel).text(SlackBlocks.kickoffText(view))
                        .blocks(SlackBlocks.kickoff(view)).metadata(metadata));
            }
            String text = SlackMarkup.toSlack(m.text(), id -> link(d, id));
            if (m.kind() == Outbound.Kind.DRAFT_ROOT) {
                var blocks = d.root().map(SlackDraftBlocks::root).orElse(null);
                return slack.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks)
                        .metadata(metadata).unfurlLinks(false));
            }
            var blocks = m.kind() == Outbound.Kind.DRAFT_REPLY
                    ? d.threat().map(v -> SlackDraftBlocks.threat(v, id -> link(d, id))).orElse(null)
                    : SlackBlocks.withChoices(text, d.session(), m);
            return slack.chatPostMessage(r -> r.channel(channel).threadTs(thread.orElseThrow())
                    .text(text).blocks(blocks).metadata(metadata).unfurlLinks(false));
        }, () -> maybePosted.set(true)).getTs();
    }

    /** A link to another message of the delivery's session, in the thread it is in. */
    private String link(Delivery d, String messageId) {
        return permalink(d.channel(), messageId, d.threadOf(messageId));
    }

    /** A link to a message, as Slack's "Copy link" gives it: with its thread when it is a reply. */
    @Override
    public String permalink(ConversationAddress channel, String messageId, Optional<String> thread) {
        String id = channel.channel();
        return workspaceUrl() + "archives/" + id + "/p" + messageId.replace(".", "")
                + thread.map(t -> "?thread_ts=" + t + "&cid=" + id).orElse("");
    }

    private String workspaceUrl() {
        if (workspaceUrl == null) {
            try {
                var auth = slack.authTest(r -> r);
                workspaceUrl = auth.isOk() && auth.getUrl() != null ? auth.getUrl() : "https://slack.com/";
            } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
                return "https://slack.com/"; // try again next time; Slack redirects this form too
            }
        }
        return workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
    }

    /** An earlier post of this message, found by its metadata. */
    private Optional<String> findEarlier(Delivery d, Optional<String> thread)
            throws java.io.IOException, com.slack.api.methods.SlackApiException {
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            String from = cursor;
            List<Message> messages;
            String next;
            if (thread.isPresent()) {
                ConversationsRepliesResponse r = slack.conversationsReplies(q -> q.channel(d.channel().channel())
                        .ts(thread.get()).includeAllMetadata(true).limit(200).cursor(from));
                requireOk(r);
                messages = r.getMessages();
                next = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
            } else {
                ConversationsHistoryResponse r = slack.conversationsHistory(q -> q.channel(d.channel().channel())
                        .includeAllMetadata(true).limit(200).cursor(from));
                requireOk(r);
                messages = r.getMessages();
                next = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
            }
            Optional<String> found = messages == null ? Optional.empty()
                    : messages.stream().filter(msg -> carries(msg, d)).map(Message::getTs).findFirst();
            if (found.isPresent() || next == null || next.isEmpty()) {
                return found;
            }
            cursor = next;
        }
        return Optional.empty();
    }

    /** Without an answer to "was it posted?" posting again could duplicate: wait and ask again later. */
    private static void requireOk(com.slack.api.methods.SlackApiTextResponse r) {
        if (!r.isOk()) {
            throw new ChatException("lookup failed: " + r.getError(), true, null);
        }
    }

    private static boolean carries(Message msg, Delivery d) {
        Message.Metadata md = msg.getMetadata();
        return md != null && METADATA_TYPE.equals(md.getEventType()) && md.getEventPayload() != null
                && Objects.equals(md.getEventPayload().get("session"), d.session())
                && Objects.equals(md.getEventPayload().get("key"), d.message().key());
    }
}
