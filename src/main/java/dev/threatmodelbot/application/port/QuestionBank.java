package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.BankQuestion;
import java.util.List;

/** The questions an interview can ask, most important first. */
public interface QuestionBank {

    List<BankQuestion> questions();
}
