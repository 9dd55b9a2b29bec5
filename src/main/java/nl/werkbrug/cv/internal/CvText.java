package nl.werkbrug.cv.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines of a CV text in the forms the extractors match on.
 *
 * <p>Each {@link Line} has its original text, a normalised form ({@link #normalize}) and a folded form of exactly the
 * same length as the normalised one ({@link #fold}), so a match found in the folded form can be cut from the
 * normalised form, and mapped back to the original for redaction.
 */
final class CvText {

    /** A word boundary on the left for patterns: no letter or digit before. */
    static final String LEFT = "(?<![\\p{L}\\p{N}])";
    /** A word boundary on the right for patterns: no letter or digit after. */
    static final String RIGHT = "(?![\\p{L}\\p{N}])";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char[] FOLD_TABLE = buildFoldTable();
    private static final String[] NFKC_TABLE = buildNfkcTable();

    private CvText() {
    }

    /**
     * One line: the original text, its normalised form, and its folded form (same length as the normalised form).
     * Masked copies blank out personal details in {@code norm} and {@code fold} and keep the original.
     */
    static final class Line {
        final int index;
        final String original;
        final String norm;
        final String fold;
        private final int[] origin;

        private Line(int index, String original, String norm, String fold, int[] origin) {
            this.index = index;
            this.original = original;
            this.norm = norm;
            this.fold = fold;
            this.origin = origin;
        }

        /** The offset in {@link #original} where the normalised character at {@code normOffset} came from. */
        int originalOffset(int normOffset) {
            return normOffset >= norm.length() ? original.length() : origin[normOffset];
        }

        boolean isBlank() {
            return norm.isBlank();
        }

        /** A copy with the given normalised ranges ({@code [start, end)} pairs) replaced by spaces. */
        Line masked(List<int[]> ranges) {
            if (ranges.isEmpty()) {
                return this;
            }
            char[] n = norm.toCharArray();
            char[] f = fold.toCharArray();
            for (int[] range : ranges) {
                Arrays.fill(n, range[0], range[1], ' ');
                Arrays.fill(f, range[0], range[1], ' ');
            }
            return new Line(index, original, new String(n), new String(f), origin);
        }
    }

    /** Splits a text into lines on {@code \R}, keeping empty lines so that indexes match the original text. */
    static List<Line> lines(String text) {
        String[] parts = LINE_BREAK.split(text, -1);
        List<Line> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(line(i, parts[i]));
        }
        return lines;
    }

    private static Line line(int index, String original) {
        StringBuilder norm = new StringBuilder(original.length());
        int[] origin = new int[original.length() * 3 + 1];
        int offset = 0;
        while (offset < original.length()) {
            int cp = original.codePointAt(offset);
            String mapped = normalizeCodePoint(cp);
            for (int k = 0; k < mapped.length(); k++) {
                if (norm.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[norm.length()] = offset;
                norm.append(mapped.charAt(k));
            }
            offset += Character.charCount(cp);
        }
        String n = norm.toString();
        return new Line(index, original, n, foldSameLength(n), origin);
    }

    /**
     * Normalises a text for matching: NFKC, Arabic tatweel and diacritics and bidi controls removed, ZWNJ as a space,
     * Eastern Arabic and Persian digits as ASCII, dashes as "-", typographic apostrophes as "'".
     */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(normalizeCodePoint(cp)));
        return sb.toString();
    }

    /**
     * Folds a text for matching: {@link #normalize}, then lower case, accents removed, Arabic and Persian letter
     * variants unified (ي/ی/ى, ك/ک, ه/ة, alef forms, hamza carriers), and white space collapsed.
     */
    static String fold(String text) {
        return SPACES.matcher(foldSameLength(normalize(text))).replaceAll(" ").strip();
    }

    /** Folds an already normalised text character by character, so offsets stay the same. */
    static String foldSameLength(String norm) {
        char[] chars = norm.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Folds the literal text of a regular expression (as {@link #fold} does, without collapsing white space) and
     * leaves escapes such as {@code \s} and {@code \p{L}} alone, so patterns can be written in natural spelling.
     */
    static String foldPattern(String regex) {
        String norm = normalize(regex);
        StringBuilder sb = new StringBuilder(norm.length());
        int i = 0;
        while (i < norm.length()) {
            char c = norm.charAt(i);
            if (c == '\\' && i + 1 < norm.length()) {
                int end = i + 2;
                if ((norm.charAt(i + 1) == 'p' || norm.charAt(i + 1) == 'P') && end < norm.length()
                        && norm.charAt(end) == '{') {
                    end = norm.indexOf('}', end) + 1;
                }
                sb.append(norm, i, end);
                i = end;
            } else {
                sb.append(foldChar(c));
                i++;
            }
        }
        return sb.toString();
    }

    /** A regex alternation of the folded phrases, longest first, with any white space between words. */
    static String alternation(String... phrases) {
        return Stream.of(phrases).map(CvText::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Stream.of(p.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s*")))
                .collect(Collectors.joining("|"));
    }

    private static String normalizeCodePoint(int cp) {
        if (cp < 0x80) {
            return cp == '`' ? "'" : Character.toString(cp);
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return Character.toString('0' + cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return Character.toString('0' + cp - 0x06F0);
        }
        if (isRemoved(cp)) {
            return "";
        }
        switch (cp) {
            case 0x200C:
                return " ";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                return "-";
            case 0x2018, 0x2019, 0x02BC, 0x02B9, 0x2032:
                return "'";
            case 0x060C:
                return ",";
            case 0x061B:
                return ";";
            case 0x066B:
                return ".";
            case 0x066A:
                return "%";
            default:
                break;
        }
        return cp < NFKC_TABLE.length ? NFKC_TABLE[cp] : nfkc(cp);
    }

    private static String nfkc(int cp) {
        String s = Character.toString(cp);
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String[] buildNfkcTable() {
        String[] table = new String[0x0800];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = nfkc(cp);
        }
        return table;
    }

    private static boolean isRemoved(int cp) {
        return cp == 0x0640 // tatweel
                || cp >= 0x0610 && cp <= 0x061A
                || cp >= 0x064B && cp <= 0x065F
                || cp == 0x0670
                || cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06E5 && cp != 0x06E6
                || cp >= 0x0300 && cp <= 0x036F
                || cp == 0x00AD || cp == 0x200B || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0xFEFF
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
    }

    private static char foldChar(char c) {
        return c < FOLD_TABLE.length ? FOLD_TABLE[c] : computeFold(c);
    }

    private static char[] buildFoldTable() {
        char[] table = new char[0x0800];
        for (char c = 0; c < table.length; c++) {
            table[c] = computeFold(c);
        }
        return table;
    }

    private static char computeFold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower >= 0x80 && !Character.isSurrogate(lower)) {
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            if (decomposed.length() > 1 && decomposed.codePoints().skip(1).allMatch(CvText::isMark)) {
                lower = decomposed.charAt(0);
            }
        }
        return switch (lower) {
            case '\u06CC', '\u0649' -> '\u064A'; // Persian yeh, alef maksura -> yeh
            case '\u06A9' -> '\u0643'; // keheh -> kaf
            case '\u0629', '\u06C0', '\u06D5', '\u06BE', '\u06C1' -> '\u0647'; // teh marbuta and heh forms -> heh
            case '\u0671' -> '\u0627'; // alef wasla -> alef
            case '\u0131' -> 'i'; // dotless i
            default -> lower;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
