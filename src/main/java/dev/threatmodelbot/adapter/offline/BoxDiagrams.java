package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vertical and backward arrows of an ASCII box drawing: a {@code ▼} points from the name its line of {@code │}
 * (through a fan-out bar {@code ┌──┼──┬──┐}) comes down from to the name under it; a {@code ◀──┘} points from the
 * name its corner's line comes from to the name left of it. Each is returned as an arrow line "A → B"; the arrows
 * drawn across one line ({@code A ──▶ B}) are read as such lines already.
 */
final class BoxDiagrams {
    private static final String BOX = "─━│┃┌┐└┘├┤┬┴┼▼▲◀▶►◄";
    private static final Pattern NAME = Pattern.compile("[^\\s─━│┃┌┐└┘├┤┬┴┼▼▲◀▶►◄]+(?: [^\\s─━│┃┌┐└┘├┤┬┴┼▼▲◀▶►◄]+)*");
    private static final int MAX_ARROWS = 40;

    private BoxDiagrams() {}

    /** Whether the lines draw with box characters at all. */
    static boolean drawn(List<String> lines) {
        return lines.stream().anyMatch(l -> l.indexOf('▼') >= 0 || l.indexOf('◀') >= 0);
    }

    static List<String> arrows(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        char[][] grid = new char[lines.size()][width];
        for (int r = 0; r < lines.size(); r++) {
            String l = lines.get(r);
            for (int c = 0; c < width; c++) {
                grid[r][c] = c < l.length() ? l.charAt(c) : ' ';
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int r = 0; r < grid.length && out.size() < MAX_ARROWS; r++) {
            for (int c = 0; c < width; c++) {
                if (grid[r][c] == '▼') {
                    Optional<String> to = below(lines, r, c);
                    Optional<String> from = up(grid, lines, r - 1, c, 0);
                    if (to.isPresent() && from.isPresent() && !to.get().equals(from.get())) {
                        out.add(from.get() + " → " + to.get());
                    }
                } else if (grid[r][c] == '◀') {
                    Optional<String> to = nameEndingBefore(lines.get(r), c);
                    Optional<String> from = alongRight(grid, lines, r, c + 1);
                    if (to.isPresent() && from.isPresent() && !to.get().equals(from.get())) {
                        out.add(from.get() + " → " + to.get());
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The name on the next lines below that covers the column (or starts within two columns of it). */
    private static Optional<String> below(List<String> lines, int r, int c) {
        for (int k = r + 1; k < Math.min(lines.size(), r + 3); k++) {
            Optional<String> n = nameAt(lines.get(k), c);
            if (n.isPresent()) {
                return n;
            }
            String l = lines.get(k);
            if (c < l.length() && BOX.indexOf(l.charAt(c)) < 0 && l.charAt(c) != ' ') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Walks up a vertical line (through a fan-out bar, to its upward junction) to the name it leaves from. */
    private static Optional<String> up(char[][] grid, List<String> lines, int r, int c, int depth) {
        for (int k = r; k >= 0 && depth < 4; k--) {
            char ch = grid[k][c];
            if (ch == '│' || ch == '┃' || ch == '▼' || ch == '▲') {
                continue;
            }
            if (ch == '┼' || ch == '┴' || ch == '┬' || ch == '┌' || ch == '┐' || ch == '─' || ch == '├' || ch == '┤') {
                int junction = junction(grid[k], c);
                if (junction < 0) {
                    return Optional.empty();
                }
                if (junction != c) {
                    return up(grid, lines, k - 1, junction, depth + 1);
                }
                continue;
            }
            if (ch == ' ') {
                for (int d : new int[] {-1, 1}) { // a line drawn a column off
                    int n = c + d;
                    if (n >= 0 && n < grid[k].length && (grid[k][n] == '│' || grid[k][n] == '▼' || grid[k][n] == '▲')) {
                        return up(grid, lines, k, n, depth + 1);
                    }
                }
            }
            return nameAt(lines.get(k), c);
        }
        return Optional.empty();
    }

    /** In the bar through {@code c}, the column of the junction that connects upward (┼ or ┴), or -1. */
    private static int junction(char[] row, int c) {
        int from = c;
        while (from > 0 && BOX.indexOf(row[from - 1]) >= 0 && row[from - 1] != '│') {
            from--;
        }
        int to = c;
        while (to + 1 < row.length && BOX.indexOf(row[to + 1]) >= 0 && row[to + 1] != '│') {
            to++;
        }
        for (int k = from; k <= to; k++) {
            if (row[k] == '┼' || row[k] == '┴') {
                return k;
            }
        }
        return row[c] == '┬' || row[c] == '┼' ? c : -1;
    }

    /** From a {@code ◀}, along its line to the corner, then up or down the vertical line to the name it comes from. */
    private static Optional<String> alongRight(char[][] grid, List<String> lines, int r, int c) {
        int k = c;
        while (k < grid[r].length && (grid[r][k] == '─' || grid[r][k] == '━')) {
            k++;
        }
        if (k >= grid[r].length) {
            return Optional.empty();
        }
        if (grid[r][k] == '┘') {
            return up(grid, lines, r - 1, k, 0);
        }
        if (grid[r][k] == '┐') {
            for (int d = r + 1; d < grid.length; d++) {
                char ch = grid[d][k];
                if (ch != '│' && ch != '▲') {
                    return nameAt(lines.get(d), k);
                }
            }
            return Optional.empty();
        }
        return nameAt(lines.get(r), k);
    }

    private static Optional<String> nameAt(String line, int c) {
        Matcher m = NAME.matcher(line);
        while (m.find()) {
            if (m.start() - 2 <= c && c < m.end() + 1 && Character.isLetter(m.group().charAt(0))) {
                return Optional.of(clean(m.group()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameEndingBefore(String line, int c) {
        Matcher m = NAME.matcher(line.substring(0, Math.min(c, line.length())));
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null || !Character.isLetter(last.charAt(0)) ? Optional.empty() : Optional.of(clean(last));
    }

    /** "Gateway (Ingress)" is the Gateway; "Reporter" stays. */
    private static String clean(String name) {
        return name.replaceAll("\\s*\\(.*$", "").strip();
    }
}
