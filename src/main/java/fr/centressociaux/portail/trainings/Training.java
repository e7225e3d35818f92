package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.SearchKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of a yearly catalogue: what the training is, for whom, how long, and whether the
 * FOSFORA fund pays for it (it has a {@link FosforaLine}). Its sessions are
 * {@link TrainingSession} documents. The catalogue year is the year the catalogue starts: the
 * 2026-2027 catalogue is 2026.
 */
@Document("trainings")
@CompoundIndex(name = "year_title", def = "{'year': 1, 'titleKey': 1}")
public class Training extends AuditedDocument {

    @Id
    private @Nullable String id;
    private int year;
    private String title;
    private String titleKey;
    private TrainingFamily family;
    private TrainingAudience audience;
    private List<Job> targetJobs = new ArrayList<>();
    private int durationMinutes;
    private String objectives = "";
    private String programme = "";
    private String trainer = "";
    private @Nullable FosforaLine fosforaLine;
    private boolean published;

    Training(int year, String title, TrainingFamily family, TrainingAudience audience) {
        this.year = year;
        this.title = title;
        this.titleKey = SearchKeys.of(title);
        this.family = family;
        this.audience = audience;
    }

    public String getId() {
        return Objects.requireNonNull(id, "training not saved");
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public TrainingFamily getFamily() {
        return family;
    }

    public TrainingAudience getAudience() {
        return audience;
    }

    public List<Job> getTargetJobs() {
        return List.copyOf(targetJobs);
    }

    /** The length announced in the catalogue; what a trainee did is counted from the days attended. */
    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** Markdown; show it with {@link fr.centressociaux.portail.shared.Markdown#toSafeHtml}. */
    public String getObjectives() {
        return objectives;
    }

    /** Markdown; show it with {@link fr.centressociaux.portail.shared.Markdown#toSafeHtml}. */
    public String getProgramme() {
        return programme;
    }

    public String getTrainer() {
        return trainer;
    }

    public @Nullable FosforaLine getFosforaLine() {
        return fosforaLine;
    }

    public boolean isFosforaEligible() {
        return fosforaLine != null;
    }

    public boolean isPublished() {
        return published;
    }

    void describe(TrainingDraft.Valid valid) {
        this.year = valid.year();
        this.title = valid.title();
        this.titleKey = SearchKeys.of(valid.title());
        this.family = valid.family();
        this.audience = valid.audience();
        this.targetJobs = new ArrayList<>(valid.targetJobs());
        this.durationMinutes = (int) valid.duration().toMinutes();
        this.objectives = valid.objectives();
        this.programme = valid.programme();
        this.trainer = valid.trainer();
        this.fosforaLine = valid.fosforaLine();
    }

    void publish(boolean published) {
        this.published = published;
    }
}
