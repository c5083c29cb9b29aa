package dev.threatmodelbot.adapter.offline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Boxes drawn in plain ASCII ({@code +-----+} / {@code | Name |}) and the lines between them ({@code |}, {@code -},
 * {@code +}) with arrowheads ({@code v ^ > <}): each run of line joining boxes is an arrow from the boxes it leaves
 * without a head to the boxes its heads point into ("Resident Portal → API Gateway"); a head pointing at plain text
 * ({@code |--> Socrata}) points at that name. A box's name is its text, its lines joined. Returned as arrow lines.
 */
final class AsciiBoxes {
    private static final int MAX_ARROWS = 60;
    private static final String LINE = "-|+";
    private static final String HEADS = "v^<>";

    private AsciiBoxes() {}

    /** A box: its corners, inclusive, and its name. */
    private record Box(int top, int left, int bottom, int right, String name) {
        boolean border(int r, int c) {
            return (r == top || r == bottom) && c >= left && c <= right || (c == left || c == right) && r >= top && r <= bottom;
        }

        boolean inside(int r, int c) {
            return r > top && r < bottom && c > left && c < right;
        }
    }

    /** Whether the lines draw at least two ASCII boxes. */
    static boolean drawn(List<String> lines) {
        return boxes(grid(lines)).size() >= 2;
    }

    static List<String> arrows(List<String> lines) {
        char[][] g = grid(lines);
        List<Box> boxes = boxes(g);
        boolean[][] seen = new boolean[g.length][g.length == 0 ? 0 : g[0].length];
        Set<String> out = new LinkedHashSet<>();
        for (int r = 0; r < g.length; r++) {
            for (int c = 0; c < g[r].length; c++) {
                if (!seen[r][c] && wire(g, boxes, r, c)) {
                    trace(g, boxes, seen, r, c, out);
                }
            }
        }
        return out.stream().limit(MAX_ARROWS).toList();
    }

    /** One run of line: the boxes it touches, which of them its heads point into, and any name a head points at. */
    private static void trace(char[][] g, List<Box> boxes, boolean[][] seen, int r0, int c0, Set<String> out) {
        Set<Box> from = new LinkedHashSet<>();
        Set<String> to = new LinkedHashSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {r0, c0});
        seen[r0][c0] = true;
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            int r = at[0];
            int c = at[1];
            char ch = g[r][c];
            for (int[] d : steps) {
                if (!follows(ch, d)) {
                    continue;
                }
                int nr = r + d[0];
                int nc = c + d[1];
                if (nr < 0 || nr >= g.length || nc < 0 || nc >= g[nr].length) {
                    continue;
                }
                Box touched = boxes.stream().filter(b -> b.border(nr, nc)).findFirst().orElse(null);
                if (touched != null) {
                    if (pointsInto(ch, d)) {
                        to.add(touched.name());
                    } else {
                        from.add(touched);
                    }
                } else if (!seen[nr][nc] && wire(g, boxes, nr, nc) && joins(g[nr][nc], d)) {
                    seen[nr][nc] = true;
                    todo.add(new int[] {nr, nc});
                } else if (ch == '>' && d[1] == 1) {
                    String name = textAfter(g[r], c + 1);
                    if (!name.isEmpty()) {
                        to.add(name);
                    }
                }
            }
        }
        for (Box f : from) {
            for (String t : to) {
                if (!t.equals(f.name())) {
                    out.add(f.name() + " → " + t);
                }
            }
        }
    }

    /** Whether a line character leads on in direction {@code d}: "-" sideways, "|" up and down, "+" and heads any way. */
    private static boolean follows(char ch, int[] d) {
        return ch == '+' || HEADS.indexOf(ch) >= 0 || ch == '-' && d[0] == 0 || ch == '|' && d[1] == 0;
    }

    /** Whether the next character carries on the line entered going {@code d}. */
    private static boolean joins(char next, int[] d) {
        return next == '+' || HEADS.indexOf(next) >= 0 || next == '-' && d[0] == 0 || next == '|' && d[1] == 0;
    }

    /** Whether a head, stepping {@code d} onto a box's border, points into it. */
    private static boolean pointsInto(char ch, int[] d) {
        return ch == 'v' && d[0] == 1 || ch == '^' && d[0] == -1 || ch == '>' && d[1] == 1 || ch == '<' && d[1] == -1;
    }

    /** A character of a line outside every box (a head only where a line leads to it: "v" in a word is a letter). */
    private static boolean wire(char[][] g, List<Box> boxes, int r, int c) {
        char ch = g[r][c];
        if (LINE.indexOf(ch) < 0 && HEADS.indexOf(ch) < 0) {
            return false;
        }
        if (boxes.stream().anyMatch(b -> b.border(r, c) || b.inside(r, c))) {
            return false;
        }
        if (HEADS.indexOf(ch) >= 0) { // "v" under a "|", ">" after a "-": not a letter of a word
            boolean vertical = r > 0 && c < g[r - 1].length && g[r - 1][c] == '|' || r + 1 < g.length && g[r + 1][c] == '|';
            boolean across = c > 0 && g[r][c - 1] == '-' || c + 1 < g[r].length && g[r][c + 1] == '-';
            return (ch == 'v' || ch == '^') ? vertical : across;
        }
        if (ch == '-') { // a dash in "read-only" or "S2S" text is no line
            return c > 0 && LINE.indexOf(g[r][c - 1]) >= 0 || c + 1 < g[r].length
                    && (LINE.indexOf(g[r][c + 1]) >= 0 || g[r][c + 1] == '>');
        }
        return true;
    }

    /** The words right of a head, up to a wide gap or the end of the line. */
    private static String textAfter(char[] row, int from) {
        String rest = new String(row, from, row.length - from);
        String name = rest.strip().split("\\s{2,}")[0].strip();
        return name.matches(".*\\p{L}.*") && name.length() <= 40 ? name : "";
    }

    private static List<Box> boxes(char[][] g) {
        List<Box> out = new ArrayList<>();
        for (int r = 0; r + 2 < g.length; r++) {
            for (int c = 0; c + 2 < g[r].length; c++) {
                if (g[r][c] != '+' || g[r][c + 1] != '-' || g[r + 1][c] != '|') {
                    continue;
                }
                int bottom = r + 1;
                while (bottom < g.length && g[bottom][c] == '|') {
                    bottom++;
                }
                if (bottom >= g.length || g[bottom][c] != '+') {
                    continue;
                }
                // the top edge may carry a "+" where a line joins it: the box ends at the first "+" with a side under it
                for (int right = c + 1; right < g[r].length && (g[r][right] == '-' || g[r][right] == '+'); right++) {
                    if (g[r][right] == '+' && sides(g, r + 1, bottom, right)) {
                        int edge = right + 1 < g[r].length && g[bottom][right] != '+' ? right + 1 : right;
                        String name = name(g, r, c, bottom, right);
                        if (!name.isEmpty()) {
                            out.add(new Box(r, c, bottom, edge, name.replaceAll("\\s*\\|$", "")));
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The right side under a top corner: "|" all the way down to a "+", allowing one column of drift in hand drawing. */
    private static boolean sides(char[][] g, int from, int to, int c) {
        if (g[to][c] != '+' && (c + 1 >= g[to].length || g[to][c + 1] != '+')) {
            return false;
        }
        for (int r = from; r < to; r++) {
            boolean side = g[r][c] == '|' || g[r][c] == '+' || c + 1 < g[r].length && g[r][c + 1] == '|';
            if (!side) {
                return false;
            }
        }
        return true;
    }

    private static String name(char[][] g, int top, int left, int bottom, int right) {
        List<String> lines = new ArrayList<>();
        for (int r = top + 1; r < bottom; r++) {
            String line = new String(g[r], left + 1, right - left - 1).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return String.join(" ", lines).replaceAll("\\s+", " ").strip();
    }

    private static char[][] grid(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        char[][] g = new char[lines.size()][width];
        for (int r = 0; r < lines.size(); r++) {
            String l = lines.get(r);
            for (int c = 0; c < width; c++) {
                g[r][c] = c < l.length() ? l.charAt(c) : ' ';
            }
        }
        return g;
    }
}
