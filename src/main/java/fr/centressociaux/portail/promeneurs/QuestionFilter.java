package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/** Which questions a list shows: open, answered or both ({@code answered} null). */
public record QuestionFilter(@Nullable Boolean answered) {

    public static QuestionFilter any() {
        return new QuestionFilter(null);
    }

    public static QuestionFilter open() {
        return new QuestionFilter(false);
    }
}
