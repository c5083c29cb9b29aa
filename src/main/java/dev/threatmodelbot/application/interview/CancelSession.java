package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.CancelRequested;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;

/** Ends a session at its requester's or lead's word; answers are kept until retention ends. */
public final class CancelSession {

    public Transition cancel(Session s, CancelRequested c) {
        if (s.state().isClosed() || !s.mayManage(c.user())) {
            return Transition.of(s);
        }
        Session cancelled = s.withdrawOpenQuestions()
                .withState(SessionState.CANCELLED, c.at());
        return Transition.of(cancelled
                .say(Outbound.thread("cancelled", Texts.cancelled(c.user())))
                .say(Outbound.kickoffUpdate()));
    }

    /** The lead has heard enough: open questions are withdrawn and the summary goes out now. */
    public Transition draft(Session s, DraftRequested d) {
        if (s.state() != SessionState.INTERVIEWING || !s.lead().equals(d.user())) {
            return Transition.of(s);
        }
        Session stopped = s.withdrawOpenQuestions();
        return Transition.of(Summary.gathered(stopped, Texts.draftNow(d.user()), d.at()).say(Outbound.kickoffUpdate()));
    }
}
