package fr.centressociaux.portail.news;

import java.time.LocalDate;
import java.util.Objects;

import fr.centressociaux.portail.shared.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A news item as staff type it. The text is Markdown, shown sanitised (a {@code <script>} typed in
 * it is shown as text, never run); the link, when there is one, is a web address: {@code http(s)}
 * only, so a {@code javascript:} address cannot reach a reader.
 */
public record NewsDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = NewsDraft.MAX_TITLE, message = "{portal.validation.too-long}") @Nullable String title,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate date,
        @Size(max = NewsDraft.MAX_TEXT, message = "{portal.validation.too-long}") @Nullable String text,
        @Size(max = NewsDraft.MAX_LINK, message = "{portal.validation.too-long}")
        @Pattern(regexp = "\\s*(https?://[^\\s<>\"]+)?\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{portal.validation.news.link}") @Nullable String link,
        @NotNull(message = "{portal.validation.required}") @Nullable NewsSource source) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_LINK = 500;

    /** The draft of a stored item, to edit it. */
    public static NewsDraft of(NewsItem item) {
        return new NewsDraft(item.getTitle(), item.getDate(), item.getText(), item.getLink(), item.getSource());
    }

    /** An empty form for an item of today, from the federation. */
    public static NewsDraft blank(LocalDate today) {
        return new NewsDraft("", today, "", "", NewsSource.FEDERATION);
    }

    /** The item as stored, once its constraints have passed. */
    Valid tidy() {
        String tidyLink = TextInput.tidy(link);
        return new Valid(TextInput.tidy(title), Objects.requireNonNull(date), TextInput.tidy(text),
                tidyLink.isEmpty() ? null : tidyLink, Objects.requireNonNull(source));
    }

    record Valid(String title, LocalDate date, String text, @Nullable String link, NewsSource source) {
    }
}
