package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.domain.BankQuestion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlQuestionBankTest {

    @Test
    void should_load_the_packaged_bank_with_ownership_first() {
        var questions = YamlQuestionBank.packaged().questions();

        assertThat(questions).hasSizeGreaterThan(10);
        assertThat(questions.get(0).id()).isEqualTo("ownership");
        assertThat(questions.get(0).everyEngineer()).isTrue();
        assertThat(questions).extracting(BankQuestion::text).allMatch(t -> t.length() > 40 && !t.contains("\n"));
        assertThat(questions.get(0).covers()).isEmpty();
        assertThat(questions).filteredOn(q -> q.id().equals("authentication")).singleElement()
                .extracting(BankQuestion::covers).asList().containsExactly("AUTHENTICATION");
    }

    @Test
    void should_refuse_an_entry_covering_something_unknown() {
        String yaml = "questions:\n  - {id: a, topic: T, text: x, covers: [PARTS, PASSWORDS]}\n";

        assertThatThrownBy(() -> YamlQuestionBank.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("PASSWORDS");
    }

    @Test
    void should_refuse_a_bank_with_repeated_ids() {
        String yaml = "questions:\n  - {id: a, topic: T, text: x}\n  - {id: a, topic: T, text: y}\n";

        assertThatThrownBy(() -> YamlQuestionBank.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("repeated");
    }
}
