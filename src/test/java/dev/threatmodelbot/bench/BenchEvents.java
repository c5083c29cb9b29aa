package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.SlackPayloads;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The same event shape for both targets, so both verify and parse the same kind of bytes. */
final class BenchEvents {
    /** Not a participant: the service records each reply as a comment, never as an answer that posts a question. */
    static final String OUTSIDER = "U0OUTSIDE1";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private BenchEvents() {}

    /** A thread reply with a fresh ts (the service's dedupe key) and a fresh event_id. */
    static String threadReply(String threadTs) {
        long n = SEQUENCE.incrementAndGet();
        return SlackPayloads.threadReply(OUTSIDER, threadTs, FakeSlack.nextTs(),
                "Bench comment " + n + ": does the nightly export job sign the files it uploads?",
                "EvBENCH" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }
}
