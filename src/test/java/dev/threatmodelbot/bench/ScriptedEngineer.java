package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An engineer who knows the held-back half of the design doc and answers from it, nothing else.
 *
 * <p>A disagreement ("Which is accurate?") is answered {@code 1}. Any other question is answered with the
 * one to three sentences that share most words with the question's topic and text, the subject's name
 * (for a gap or follow-up question: the part or flow it is about) counting three times; ties go to the
 * earlier sentence. A second or third sentence is added only if it scores at least half of the best.
 * A sentence this engineer already said is never said again; when no sentence shares a word, the answer
 * is {@code not sure}.
 */
final class ScriptedEngineer {
    static final String UNSURE = "not sure";
    private static final int MAX_SENTENCES = 3;

    private final String user;
    private final HeldBackKnowledge knowledge;
    private final Set<Integer> said = new HashSet<>();
    private int unsure;

    ScriptedEngineer(String user, HeldBackKnowledge knowledge) {
        this.user = user;
        this.knowledge = knowledge;
    }

    String user() {
        return user;
    }

    int unsureAnswers() {
        return unsure;
    }

    int sentencesSaid() {
        return said.size();
    }

    String answer(Question q) {
        if (q.bankId().startsWith("conflict:")) {
            return "1";
        }
        Set<String> asked = HeldBackKnowledge.words(q.topic() + " " + q.text());
        Set<String> subject = HeldBackKnowledge.words(subjectName(q));
        record Scored(HeldBackKnowledge.Sentence sentence, int score) {}
        List<Scored> ranked = new ArrayList<>();
        for (HeldBackKnowledge.Sentence s : knowledge.sentences()) {
            if (said.contains(s.index())) {
                continue;
            }
            int score = 0;
            for (String w : s.words()) {
                score += (asked.contains(w) ? 1 : 0) + (subject.contains(w) ? 2 : 0);
            }
            if (score > 0) {
                ranked.add(new Scored(s, score));
            }
        }
        if (ranked.isEmpty()) {
            unsure++;
            return UNSURE;
        }
        ranked.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingInt(r -> r.sentence().index()));
        int best = ranked.get(0).score();
        List<HeldBackKnowledge.Sentence> picked = ranked.stream().filter(r -> 2 * r.score() >= best)
                .limit(MAX_SENTENCES).map(Scored::sentence)
                .sorted(Comparator.comparingInt(HeldBackKnowledge.Sentence::index)).toList();
        picked.forEach(s -> said.add(s.index()));
        return String.join(" ", picked.stream().map(HeldBackKnowledge.Sentence::text).toList());
    }

    /** Gap and follow-up topics read "Orders DB · who can reach it"; the part before the dot is the subject. */
    static String subjectName(Question q) {
        boolean aboutSubject = q.bankId().startsWith("gap:") || q.bankId().startsWith("followup:");
        int dot = q.topic().indexOf(" · ");
        return aboutSubject && dot > 0 ? q.topic().substring(0, dot) : "";
    }
}
