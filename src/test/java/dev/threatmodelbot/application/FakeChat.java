package dev.threatmodelbot.application;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chat platform that records what it was asked to deliver; it can be told to refuse kickoffs. */
public final class FakeChat implements ChatGateway {
    public final List<Outbound> delivered = new ArrayList<>();
    private int next = 1000;
    private Optional<String> refuseKickoff = Optional.empty();
    private Optional<ChatException> refuseThread = Optional.empty();

    public void refuseThreadPosts(ChatException e) {
        refuseThread = Optional.of(e);
    }

    public void refuseKickoff(String reason) {
        refuseKickoff = Optional.of(reason);
    }

    @Override
    public String deliver(dev.threatmodelbot.application.chat.Delivery d) {
        Outbound message = d.message();
        if (message.kind() == Outbound.Kind.KICKOFF && refuseKickoff.isPresent()) {
            throw new ChatException(refuseKickoff.get(), false, null);
        }
        if (message.kind() == Outbound.Kind.THREAD && refuseThread.isPresent()) {
            throw refuseThread.get();
        }
        delivered.add(message);
        return "1700000000." + (next++);
    }

    @Override
    public String attach(dev.threatmodelbot.application.chat.Delivery d, String filename, byte[] png) {
        delivered.add(d.message());
        return "F" + (next++);
    }

    @Override
    public String permalink(dev.threatmodelbot.domain.ConversationAddress channel, String messageId, Optional<String> thread) {
        return "https://chat.example/archives/" + channel.channel() + "/p" + messageId.replace(".", "");
    }

    /** Files it can hand out, by id. */
    public final java.util.Map<String, byte[]> files = new java.util.HashMap<>();

    private Optional<ChatException> refuseDownloads = Optional.empty();

    public void refuseDownloads(ChatException e) {
        refuseDownloads = Optional.of(e);
    }

    @Override
    public byte[] download(dev.threatmodelbot.domain.ConversationAddress channel, SharedFile file) {
        if (refuseDownloads.isPresent()) {
            throw refuseDownloads.get();
        }
        byte[] bytes = files.get(file.id());
        if (bytes == null) {
            throw new ChatException("file_not_found", false, null);
        }
        return bytes;
    }

    public List<String> texts() {
        return delivered.stream().map(Outbound::text).toList();
    }

    public String nextId() {
        return "1700000000." + next;
    }
}
