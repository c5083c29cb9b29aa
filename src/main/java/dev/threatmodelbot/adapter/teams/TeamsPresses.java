package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a card button's presser is told at once, as the invoke's answer; the card itself is updated when the press is applied. */
final class TeamsPresses {
    enum Outcome { DECIDED, EXPORTING, ANSWERED, NOT_LEAD, NOT_YOURS, UNKNOWN }

    private TeamsPresses() {}

    /** A short message to the presser alone. */
    static ObjectNode say(String text) {
        ObjectNode r = TeamsActivities.JSON.createObjectNode();
        r.put("statusCode", 200);
        r.put("type", "application/vnd.microsoft.activity.message");
        r.put("value", text);
        return r;
    }

    static ObjectNode answer(Outcome outcome) {
        return say(switch (outcome) {
            case DECIDED -> "Noted — the card will show your decision in a moment.";
            case EXPORTING -> "Exporting: what is filed and the files will appear in the draft's thread.";
            case ANSWERED -> "Thanks — noted.";
            case NOT_LEAD -> "Only the security lead of this review can decide on threats; nothing was changed.";
            case NOT_YOURS -> "That question is not open for you (it is someone else's, or answered already); "
                    + "nothing was recorded.";
            default -> "That button belongs to nothing I can act on any more.";
        });
    }
}
