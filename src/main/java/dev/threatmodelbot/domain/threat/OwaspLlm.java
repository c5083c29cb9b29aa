package dev.threatmodelbot.domain.threat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OWASP Top 10 for LLM Applications, 2026 edition, with the 2025 number of each entry beside it
 * (many teams still use 2025). Threats keep codes as {@code LLM01:2026}; a bare {@code LLM05} in a
 * stored threat is a 2025 code, written before the 2026 edition was used.
 */
public final class OwaspLlm {
    private static final Pattern CODE = Pattern.compile("LLM(0[1-9]|10)(?::(2025|2026))?");
    private static final Map<Integer, String> NAMES_2026 = Map.of(1, "Prompt Injection", 2,
            "Sensitive Information Disclosure", 3, "Excessive Agency", 4, "Supply Chain", 5,
            "Data and Model Poisoning", 6, "Unbounded Consumption", 7, "Misinformation", 8, "Hidden Context Exposure",
            9, "Vector and Embedding Weaknesses", 10, "Improper Output Handling");
    /** 2026 number → 2025 number. */
    private static final Map<Integer, Integer> TO_2025 = Map.of(1, 1, 2, 2, 3, 6, 4, 3, 5, 4, 6, 10, 7, 9, 8, 7,
            9, 8, 10, 5);

    private OwaspLlm() {}

    /** "LLM01:2026" from "LLM01", "LLM01:2026" (a bare code in new text is a 2026 one); empty if malformed. */
    public static Optional<String> code2026(String raw) {
        Matcher m = CODE.matcher(raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        int in2026 = "2025".equals(m.group(2)) ? TO_2025.entrySet().stream().filter(e -> e.getValue() == n)
                .findFirst().orElseThrow().getKey() : n;
        return Optional.of(code(in2026, 2026));
    }

    /** "LLM01:2026 Prompt Injection (2025: LLM01)"; a stored 2025 code reads "LLM05:2025". */
    public static String label(String stored) {
        Matcher m = CODE.matcher(stored);
        if (!m.matches()) {
            return stored;
        }
        int n = Integer.parseInt(m.group(1));
        if (!"2026".equals(m.group(2))) {
            return code(n, 2025);
        }
        return code(n, 2026) + " " + NAMES_2026.get(n) + " (2025: " + code(TO_2025.get(n), 2025).replace(":2025", "")
                + ")";
    }

    /** Every code's label, comma separated. */
    public static String labels(List<String> stored) {
        return String.join(", ", stored.stream().map(OwaspLlm::label).toList());
    }

    /** Tags for files: each 2026 code with its 2025 code beside it ("LLM01:2026", "LLM01:2025"). */
    public static List<String> tags(List<String> stored) {
        List<String> out = new java.util.ArrayList<>();
        for (String code : stored) {
            Matcher m = CODE.matcher(code);
            if (m.matches() && "2026".equals(m.group(2))) {
                out.add(code);
                out.add(code(TO_2025.get(Integer.parseInt(m.group(1))), 2025));
            } else {
                out.add(m.matches() && m.group(2) == null ? code + ":2025" : code);
            }
        }
        return out.stream().distinct().toList();
    }

    private static String code(int n, int year) {
        return String.format("LLM%02d:%d", n, year);
    }
}
