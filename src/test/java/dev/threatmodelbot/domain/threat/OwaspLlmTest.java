package dev.threatmodelbot.domain.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwaspLlmTest {

    @Test
    void should_read_new_codes_as_2026_and_convert_2025_ones() {
        assertThat(OwaspLlm.code2026("llm03")).contains("LLM03:2026");
        assertThat(OwaspLlm.code2026("LLM06:2025")).contains("LLM03:2026"); // Excessive Agency moved up
        assertThat(OwaspLlm.code2026("LLM05:2025")).contains("LLM10:2026"); // Improper Output Handling
        assertThat(OwaspLlm.code2026("LLM11")).isEmpty();
        assertThat(OwaspLlm.code2026("LLM01: Prompt Injection")).isEmpty();
    }

    @Test
    void should_show_the_2026_entry_with_its_2025_number_and_keep_stored_2025_codes_as_they_were() {
        assertThat(OwaspLlm.label("LLM08:2026")).isEqualTo("LLM08:2026 Hidden Context Exposure (2025: LLM07)");
        assertThat(OwaspLlm.label("LLM09:2026")).isEqualTo("LLM09:2026 Vector and Embedding Weaknesses (2025: LLM08)");
        assertThat(OwaspLlm.label("LLM05")).isEqualTo("LLM05:2025");
        assertThat(OwaspLlm.tags(List.of("LLM03:2026", "LLM05"))).containsExactly("LLM03:2026", "LLM06:2025",
                "LLM05:2025");
    }
}
