package dev.threatmodelbot.application;

import dev.threatmodelbot.application.interview.Contradictions;
import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.application.port.DocumentReader;
import static dev.threatmodelbot.domain.Mentions.of;

import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.stream.Collectors;

/** What the bot says in a thread. Plain words, no security jargon; people as mention tokens. */
public final class Texts {
    static final String HOW_TO_REPLY = "_Reply in this thread in your own words — or `skip`, `not sure`, "
            + "or `ask @someone` to hand it to a colleague._";

    private Texts() {}

    public static String welcome(Session s) {
        return "Hi " + everyone(s) + " 👋 " + of(s.requester()) + " asked me to gather what you know about *"
                + s.system() + "* so we can build its threat model. I'll ask each of you a few short questions "
                + "here, one at a time, and I'll keep every answer. No security knowledge needed.\n"
                + "You can reply `skip`, `not sure`, or `ask @someone` at any time. " + of(s.lead())
                + " is the security lead for this review.";
    }

    public static String question(Question q) {
        if (Contradictions.isContradiction(q)) {
            return q.text() + "\n_`not sure` or `skip` leaves it as an open assumption for the security lead._";
        }
        String intro = q.handedOverBy()
                .map(by -> of(q.askedTo()) + ", " + of(by) + " thinks you know this one best.")
                .orElse(of(q.askedTo()));
        return intro + " *" + q.topic() + "*\n" + q.text() + "\n" + HOW_TO_REPLY;
    }

    public static String reminder(Question q) {
        return of(q.askedTo()) + " a gentle nudge on this one, whenever you have a moment:\n>" + q.text() + "\n"
                + HOW_TO_REPLY;
    }

    public static String escalation(Session s, Question q) {
        return of(s.lead()) + " " + of(q.askedTo()) + " hasn't answered this after " + q.reminders()
                + (q.reminders() == 1 ? " reminder" : " reminders") + ":\n>" + q.text() + "\n"
                + "Could you check in, or help find who knows? " + of(q.askedTo())
                + " can reply `ask @someone` to hand it over.";
    }

    public static String docRead(String user, dev.threatmodelbot.domain.SharedDoc doc, boolean replaces, boolean cut) {
        int sections = doc.sections().size();
        return "Thanks " + of(user) + " — I've read *" + Mentions.inert(doc.name()) + "* (" + sections
                + (sections == 1 ? " section" : " sections") + ")"
                + (replaces ? ", replacing the earlier version: what it no longer says is set aside" : "")
                + ". I'll cite it as _" + Mentions.inert(doc.name()) + " §1_ and so on."
                + (cut ? " It is very long, so I read only its first " + DocumentReader.MAX_CHARS / 1000
                        + " thousand characters." : "");
    }

    public static String docRefused(String user, String name, String why) {
        return of(user) + " I couldn't read *" + Mentions.inert(name) + "*: " + why.replace(name, Mentions.inert(name));
    }

    public static String modelFallback() {
        return "_I can't reach the language model right now, so I'm reading answers with my built-in engine "
                + "instead. Nothing is lost — carry on as usual._";
    }

    public static String instructionLike(Session s, String where, java.util.List<String> sentences) {
        StringBuilder out = new StringBuilder("Heads-up on *" + s.system() + "* (" + s.id() + "): " + where
                + " contains text that reads like instructions to an AI model rather than a description of the "
                + "system:\n");
        sentences.stream().limit(3).forEach(q -> out.append(">").append(Mentions.inert(q).replace("\n", " "))
                .append("\n"));
        return out.append("I treat it as data only and don't follow it. You may want to check where it came from.")
                .toString();
    }

    public static String handOverToSelf(String user) {
        return of(user) + " that question is already yours — to hand it over, mention a colleague: `ask @name`.";
    }

    public static String alreadyAsked(String user, String to) {
        return of(user) + " " + of(to) + " has already had this question, so I'll keep it with you — "
                + "answer what you can, or reply `skip` or `not sure`.";
    }

    /** "The design doc (§3.2 Networking) says: "…"" or "{@alice} said (link): "…"". */
    public static String said(Fact f) {
        String quote = Mentions.inert(shorten(dev.threatmodelbot.domain.Secrets.redact(
                dev.threatmodelbot.domain.Quotes.readable(f.source().quote())), 240));
        if (f.source().kind() == Source.Kind.DOC) {
            return doc(f.source().reference()) + " says: _\"" + quote + "\"_";
        }
        return of(f.source().author().orElse("?")) + " " + Links.of(f.source().reference(), "said")
                + ": _\"" + quote + "\"_";
    }

    /** "The design doc (§3.2 Networking)" or "*api.yaml* (§2 Servers)" for a doc source's reference. */
    public static String doc(String ref) {
        int section = ref.lastIndexOf(" §");
        return section < 0 ? "The design doc (" + Mentions.inert(ref) + ")"
                : "*" + Mentions.inert(ref.substring(0, section)) + "* (" + Mentions.inert(ref.substring(section + 1))
                        + ")";
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** Says whether the coverage is enough to draft, or the rest is left as assumptions (and why). */
    public static String allDone(Session s) {
        dev.threatmodelbot.domain.context.Coverage c = Judge.of(s);
        String why = c.enough() ? "Coverage is " + c.percent() + "%, enough to draft."
                : "Coverage is " + c.percent() + "%, short of the " + dev.threatmodelbot.domain.context.Coverage
                        .ENOUGH_PERCENT + "% I aim for: what nobody could tell me, or I did not ask to keep the "
                        + "interview short, is listed below as open assumptions.";
        return "That's all my questions for now — thank you " + everyone(s) + " 🙏 " + of(s.lead())
                + ", the interview is complete. " + why;
    }

    public static String deadlinePassed(Session s) {
        return "The deadline has come — thank you " + everyone(s) + ". Here is what I have; anything still "
                + "open is listed as an assumption. " + of(s.lead()) + ", over to you.";
    }

    public static String draftNow(String lead) {
        return of(lead) + " asked me to wrap up here. Thank you all — here is what I have; open questions are "
                + "listed as assumptions.";
    }

    public static String cancelled(String by) {
        return of(by) + " cancelled this session. I won't ask anything more here; the answers so far are kept.";
    }

    static String stranded(Session s, String reason) {
        if (s.kickoffId().isEmpty()) {
            return "I couldn't start the threat-model interview for *" + s.system() + "* (" + s.id()
                    + ") because I can't post in that channel (`" + reason + "`). "
                    + s.channel().platform().addBotHint()
                    + " and run `/threatmodel start` again.";
        }
        return "I had to stop the threat-model interview for *" + s.system() + "* (" + s.id()
                + ") because I can no longer post in its channel (`" + reason + "`). The answers so far are kept.";
    }

    private static String everyone(Session s) {
        return s.engineers().stream().map(dev.threatmodelbot.domain.Mentions::of).collect(Collectors.joining(", "));
    }
}
