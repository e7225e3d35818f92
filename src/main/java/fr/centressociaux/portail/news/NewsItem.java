package fr.centressociaux.portail.news;

import java.time.LocalDate;
import java.util.Objects;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.Markdown;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One news item: what it says, on which date, where to read more, and who it comes from. */
@Document("news_items")
@CompoundIndex(name = "date_source", def = "{'date': -1, 'source': 1}")
public class NewsItem extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String title;
    private LocalDate date;
    private String text;
    private @Nullable String link;
    private NewsSource source;

    @PersistenceCreator
    NewsItem(String title, LocalDate date, String text, @Nullable String link, NewsSource source) {
        this.title = title;
        this.date = date;
        this.text = text;
        this.link = link;
        this.source = source;
    }

    NewsItem(NewsDraft.Valid valid) {
        this(valid.title(), valid.date(), valid.text(), valid.link(), valid.source());
    }

    void rewrite(NewsDraft.Valid valid) {
        title = valid.title();
        date = valid.date();
        text = valid.text();
        link = valid.link();
        source = valid.source();
    }

    public String getId() {
        return Objects.requireNonNull(id, "news item not saved");
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The text as typed, in Markdown. */
    public String getText() {
        return text;
    }

    /** The text as readers see it: sanitised HTML, nothing in it runs or loads anything. */
    public String safeHtml() {
        return Markdown.toSafeHtml(text);
    }

    public @Nullable String getLink() {
        return link;
    }

    public NewsSource getSource() {
        return source;
    }
}
