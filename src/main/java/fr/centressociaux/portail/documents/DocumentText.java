package fr.centressociaux.portail.documents;

import java.util.regex.Pattern;

/**
 * Text made safe for the files: control characters (invalid in the XML of Word and Excel files) are
 * dropped; for the PDF's standard fonts, the characters they lack are replaced by their nearest
 * (the minus sign, the narrow no-break space French numbers are grouped with) or dropped (emojis).
 */
final class DocumentText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    /** The characters WinAnsi (windows-1252) encodes, worked out once. */
    private static final java.util.BitSet WIN_ANSI = winAnsi();

    private DocumentText() {
    }

    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return CONTROL.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** The text in the characters of the PDF's standard fonts (WinAnsi). */
    static String forStandardFonts(String text) {
        String mapped = clean(text).replace('\u2212', '-').replace('\u202F', '\u00A0').replace('\u2011', '-');
        StringBuilder kept = new StringBuilder(mapped.length());
        mapped.codePoints().forEach(point -> {
            if (Character.isBmpCodePoint(point) && encodable((char) point)) {
                kept.append((char) point);
            }
        });
        return kept.toString();
    }

    private static boolean encodable(char character) {
        return character == '\n' || WIN_ANSI.get(character);
    }

    private static java.util.BitSet winAnsi() {
        java.nio.charset.CharsetEncoder encoder = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        java.util.BitSet encodable = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (char character = ' '; character < Character.MAX_VALUE; character++) {
            if (!Character.isSurrogate(character) && encoder.canEncode(character)) {
                encodable.set(character);
            }
        }
        return encodable;
    }
}
