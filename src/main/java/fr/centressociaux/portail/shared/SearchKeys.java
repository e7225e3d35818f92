package fr.centressociaux.portail.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the portal compares and searches it: without accents, lower case, punctuation and
 * spacing collapsed to single spaces. "Centre Social Éclaté – Saint-Martin" and
 * "centre social eclate saint martin" have the same key. Stored next to the original so searches
 * are plain regexes on the key (the embedded database has no $text).
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");

    private SearchKeys() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae");
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    }

    /** A regex finding the key of {@code query} inside stored keys (quoted, so safe). */
    public static Pattern containing(String query) {
        return Pattern.compile(Pattern.quote(of(query)));
    }
}
