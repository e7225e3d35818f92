package fr.centressociaux.portail.reporting.ui;

/**
 * A figure token put where the caret was in a narrative, or in place of the selected text: a
 * space keeps it apart from a word it would touch, and the caret goes right after it, so the
 * sentence goes on from there.
 */
record TokenInsertion(String text, int caret) {

    static TokenInsertion of(String text, int selectionStart, int selectionEnd, String token) {
        int start = Math.clamp(selectionStart, 0, text.length());
        int end = Math.clamp(selectionEnd, start, text.length());
        String before = text.substring(0, start);
        String after = text.substring(end);
        boolean spaceBefore = !before.isEmpty() && !opens(before.charAt(before.length() - 1));
        boolean spaceAfter = !after.isEmpty() && (Character.isLetterOrDigit(after.charAt(0)) || after.charAt(0) == '{');
        String inserted = (spaceBefore ? " " : "") + token + (spaceAfter ? " " : "");
        return new TokenInsertion(before + inserted + after, before.length() + inserted.length());
    }

    /** After a space (breaking or not) or an opening bracket or quote, the token needs no space of its own. */
    private static boolean opens(char previous) {
        return Character.isWhitespace(previous) || Character.isSpaceChar(previous) || "([«\"'".indexOf(previous) >= 0;
    }
}
