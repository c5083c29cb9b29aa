package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;

/**
 * Something that happened on a platform (or a job that fell due), already verified and
 * normalised. {@code key} identifies the happening itself, so a second delivery is recognised.
 */
public sealed interface InboundEvent
        permits StartRequested, ReplyPosted, ReplyEdited, CancelRequested, DraftRequested, ChoicePicked, ReactionChanged,
        ExportRequested, JobDue {

    String key();

    SessionId sessionId();
}
