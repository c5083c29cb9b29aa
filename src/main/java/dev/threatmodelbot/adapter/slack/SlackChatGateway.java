package dev.threatmodelbot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
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
    public byte[] download(Session s, SharedFile file) {
        return files.download(file);
    }

    @Override
    public String deliver(Session s, Outbound m) {
        switch (m.kind()) {
            case KICKOFF_UPDATE:
                return update(s);
            case DRAFT_ROOT_UPDATE: {
                String root = draftRoot(s);
                String text = SlackMarkup.toSlack(m.text());
                var blocks = DraftRootView.shown(s, m).map(SlackDraftBlocks::root).orElse(null);
                retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(s.channel().channel()).ts(root)
                        .text(text).blocks(blocks)), () -> {});
                return root;
            }
            case DRAFT_REPLY_UPDATE: {
                String ts = s.draft().flatMap(d -> d.byThreat(m.threatId().orElseThrow()))
                        .flatMap(t -> t.messageId()).orElseThrow();
                String text = SlackMarkup.toSlack(m.text(), id -> permalink(s, id));
                var blocks = ThreatView.shown(s, m).map(v -> SlackDraftBlocks.threat(v, id -> permalink(s, id)))
                        .orElse(null);
                retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(s.channel().channel()).ts(ts)
                        .text(text).blocks(blocks)), () -> {});
                return ts;
            }
            case EPHEMERAL:
                return retry.run("chat.postEphemeral", () -> slack.chatPostEphemeral(r -> r
                        .channel(s.channel().channel()).user(m.toUser().orElseThrow()).threadTs(draftRoot(s))
                        .text(SlackMarkup.toSlack(m.text()))), () -> {}).getMessageTs();
            case DIRECT:
                return retry.run("chat.postMessage", () -> slack.chatPostMessage(r -> r
                        .channel(m.toUser().orElseThrow()).text(SlackMarkup.toSlack(m.text()))), () -> {})
                        .getTs();
            default:
                return postOnce(s, m);
        }
    }

    /**
     * Files go through Slack's external upload (upload URL, raw bytes, complete into the thread).
     * Uploads carry no metadata to look for, so a crash mid-upload may show the picture twice.
     */
    @Override
    public String attach(Session s, Outbound m, String filename, byte[] png) {
        boolean inDraft = m.kind() == Outbound.Kind.DRAFT_DIAGRAM || m.kind() == Outbound.Kind.EXPORT_FILE;
        String thread = inDraft ? draftRoot(s) : s.kickoffId().orElseThrow();
        boolean picture = filename.endsWith(".png");
        var done = retry.run("files.uploadV2", () -> slack.filesUploadV2(r -> {
            r.channel(s.channel().channel()).threadTs(thread).fileData(png).filename(filename).title(filename)
                    .initialComment(SlackMarkup.toSlack(m.text()));
            return picture ? r.altTxt("Data-flow diagram of " + s.system()) : r;
        }), () -> {});
        return done.getFile() == null ? filename : done.getFile().getId();
    }

    private String update(Session s) {
        String ts = s.kickoffId().orElseThrow();
        retry.run("chat.update", () -> slack.chatUpdate(r -> r.channel(s.channel().channel()).ts(ts)
                .text(SlackBlocks.kickoffText(s)).blocks(SlackBlocks.kickoff(s))), () -> {});
        return ts;
    }

    private String postOnce(Session s, Outbound m) {
        AtomicBoolean maybePosted = new AtomicBoolean(m.attempted());
        Message.Metadata metadata = Message.Metadata.builder().eventType(METADATA_TYPE)
                .eventPayload(Map.of("session", s.id().value(), "key", m.key())).build();
        Optional<String> thread = m.kind() == Outbound.Kind.THREAD ? s.kickoffId()
                : m.kind() == Outbound.Kind.DRAFT_REPLY || m.kind() == Outbound.Kind.DRAFT_NOTE
                        ? s.draft().flatMap(d -> d.rootId()) : Optional.empty();
        return retry.run("chat.postMessage", () -> {
            if (maybePosted.get()) {
                Optional<String> earlier = findEarlier(s, m, thread);
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
                return slack.chatPostMessage(r -> r.channel(s.channel().channel()).text(SlackBlocks.kickoffText(s))
                        .blocks(SlackBlocks.kickoff(s)).metadata(metadata));
            }
            String text = SlackMarkup.toSlack(m.text(), id -> permalink(s, id));
            if (m.kind() == Outbound.Kind.DRAFT_ROOT) {
                var blocks = DraftRootView.shown(s, m).map(SlackDraftBlocks::root).orElse(null);
                return slack.chatPostMessage(r -> r.channel(s.channel().channel()).text(text).blocks(blocks)
                        .metadata(metadata).unfurlLinks(false));
            }
            var blocks = m.kind() == Outbound.Kind.DRAFT_REPLY
                    ? ThreatView.shown(s, m).map(v -> SlackDraftBlocks.threat(v, id -> permalink(s, id))).orElse(null)
                    : SlackBlocks.withChoices(text, s, m);
            return slack.chatPostMessage(r -> r.channel(s.channel().channel()).threadTs(thread.orElseThrow())
                    .text(text).blocks(blocks).metadata(metadata).unfurlLinks(false));
        }, () -> maybePosted.set(true)).getTs();
    }

    private static String draftRoot(Session s) {
        return s.draft().flatMap(d -> d.rootId()).orElseThrow();
    }

    /**
     * A link to a message of the session, as Slack's "Copy link" gives it: in the draft's thread for
     * the draft's messages, the draft's root on its own, else in the session thread.
     */
    @Override
    public String permalink(Session s, String messageId) {
        String channel = s.channel().channel();
        Optional<String> draftRoot = s.draft().flatMap(d -> d.rootId());
        Optional<String> thread = draftRoot.filter(messageId::equals).isPresent() ? Optional.empty()
                : s.draft().flatMap(d -> d.byMessage(messageId)).isPresent() ? draftRoot : s.kickoffId();
        return workspaceUrl() + "archives/" + channel + "/p" + messageId.replace(".", "")
                + thread.map(t -> "?thread_ts=" + t + "&cid=" + channel).orElse("");
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
    private Optional<String> findEarlier(Session s, Outbound m, Optional<String> thread)
            throws java.io.IOException, com.slack.api.methods.SlackApiException {
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            String from = cursor;
            List<Message> messages;
            String next;
            if (thread.isPresent()) {
                ConversationsRepliesResponse r = slack.conversationsReplies(q -> q.channel(s.channel().channel())
                        .ts(thread.get()).includeAllMetadata(true).limit(200).cursor(from));
                requireOk(r);
                messages = r.getMessages();
                next = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
            } else {
                ConversationsHistoryResponse r = slack.conversationsHistory(q -> q.channel(s.channel().channel())
                        .includeAllMetadata(true).limit(200).cursor(from));
                requireOk(r);
                messages = r.getMessages();
                next = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
            }
            Optional<String> found = messages == null ? Optional.empty()
                    : messages.stream().filter(msg -> carries(msg, s, m)).map(Message::getTs).findFirst();
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

    private static boolean carries(Message msg, Session s, Outbound m) {
        Message.Metadata md = msg.getMetadata();
        return md != null && METADATA_TYPE.equals(md.getEventType()) && md.getEventPayload() != null
                && Objects.equals(md.getEventPayload().get("session"), s.id().value())
                && Objects.equals(md.getEventPayload().get("key"), m.key());
    }
}
