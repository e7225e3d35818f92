package fr.centressociaux.portail.reporting;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.reporting.internal.NarrativeRepository;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The narrative of each objective of a year's bilan (DD013): staff write Markdown with figure tokens
 * ({@code {{figure:<indicator id>}}}, inserted from a picker), saved with the version they started
 * from (a concurrent save is refused, the text kept in the history), and shown as sanitised HTML
 * (the portal's one {@link Markdown}) with each token replaced by the figure; an objective without
 * narrative reads as an automatic summary line of its indicators.
 */
@Service
public class NarrativeService {

    public static final int MAX_TEXT = 20_000;
    private static final Pattern TOKEN = Pattern.compile("\\{\\{figure:([A-Za-z0-9-]+)}}");

    private final NarrativeRepository narratives;
    private final CurrentUser currentUser;
    private final Texts texts;
    private final Clock clock;

    NarrativeService(NarrativeRepository narratives, CurrentUser currentUser, Texts texts, Clock clock) {
        this.narratives = narratives;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    /** The token a picker inserts for an indicator. */
    public static String token(Indicator indicator) {
        return "{{figure:" + indicator.id() + "}}";
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Narrative> find(String conventionId, int year, String objectiveKey) {
        return narratives.findById(Narrative.idOf(conventionId, year, objectiveKey));
    }

    /** Saves the text if nobody saved another since {@code expectedVersion} (0: a first text). */
    @PreAuthorize("hasRole('ADMIN')")
    public Narrative save(String conventionId, int year, String objectiveKey, long expectedVersion, String markdown) {
        String text = markdown == null ? "" : markdown.strip();
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("reporting.narrative.too-long", MAX_TEXT);
        }
        String id = Narrative.idOf(conventionId, year, objectiveKey);
        Narrative narrative = narratives.findById(id).orElseGet(() -> new Narrative(id));
        if (narrative.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        narrative.write(text, currentUser.get().orElseThrow().displayName(), clock.instant());
        try {
            return narratives.save(narrative);
        } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** The objective's text as HTML with its figures, or the automatic summary line when it has none. */
    public String render(Bilan bilan, Bilan.Part objective, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Markdown.toSafeHtml(summary(objective));
        }
        return Markdown.toSafeHtml(withFigures(bilan, markdown));
    }

    /** The Markdown with each figure token replaced by its figure in bold (the documents module renders it). */
    public String withFigures(Bilan bilan, String markdown) {
        Matcher tokens = TOKEN.matcher(markdown);
        StringBuilder withFigures = new StringBuilder();
        while (tokens.find()) {
            String figure = bilan.line(tokens.group(1)).map(line -> line.current().isBroken() ? line.current().problem()
                    : FigureText.value(line.current())).orElseGet(() -> texts.get("reporting.narrative.unknown-figure"));
            tokens.appendReplacement(withFigures, Matcher.quoteReplacement("**" + figure + "**"));
        }
        tokens.appendTail(withFigures);
        return withFigures.toString();
    }

    /** "Assemblées territoriales — Littoral 62 : 3 ; Réunions des directions — Littoral 62 : 10." */
    public String summary(Bilan.Part objective) {
        if (objective.lines().isEmpty()) {
            return texts.get("reporting.narrative.empty");
        }
        return objective.lines().stream().map(line -> line.indicator().label() + " : "
                + (line.current().isBroken() ? line.current().problem() : FigureText.value(line.current())))
                .collect(Collectors.joining(" ; ")) + ".";
    }
}
