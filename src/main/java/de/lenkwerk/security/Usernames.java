package de.lenkwerk.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way a user name is normalised, at creation as at sign-in, and for throttling: compatibility forms folded
 * (NFKC: full-width letters, the em space U+2003 and the ideographic space U+3000 become their plain forms), invisible
 * format characters removed, every kind of Unicode white space trimmed (also U+2028 and U+00A0), and the case
 * folded so that {@code ſ} (U+017F) becomes {@code s} and the dotless {@code ı} (U+0131) becomes {@code i}, exactly as
 * the database's case-insensitive comparison would have matched them.
 */
public final class Usernames {

    /** White space, separators (Z*: U+2003, U+3000, U+2028, U+2029, U+00A0 …) and control characters. */
    private static final Pattern EDGES = Pattern.compile("^[\\p{Z}\\p{Cc}\\s]+|[\\p{Z}\\p{Cc}\\s]+$");
    /** Format characters such as the zero-width space U+200B, joiners and the byte-order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private Usernames() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        var text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = EDGES.matcher(text).replaceAll("");
        // upper, then lower: folds ſ → S → s, ı → I → i, ß → SS → ss, K (Kelvin) → k, as a caseless match does
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * What a name looks like, for refusing a new name that could be mistaken for an existing one: separators do not
     * count, and characters that look alike on screen (0/o, 1/l/i, rn/m, vv/w) are the same.
     */
    static String skeleton(String raw) {
        var text = Normalizer.normalize(normalise(raw), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.replaceAll("[._\\-\\s]", "")
                .replace('0', 'o').replace('1', 'l').replace('i', 'l').replace('|', 'l')
                .replace("rn", "m").replace("vv", "w");
        return text;
    }
}
