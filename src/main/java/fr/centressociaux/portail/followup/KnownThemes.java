package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import fr.centressociaux.portail.shared.KeptInMemory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The themes of thematic supports kept in memory for the yearly figures, which list every theme (at
 * zero too): the list changes a few times a year, and on the embedded server one more query is a
 * measurable part of the figures (FollowupBenchmark). Forgotten when this instance adds a theme;
 * read again when the figures meet a theme it does not hold (added on another instance), and at
 * least every minute (a label changed on another instance).
 */
@Component
class KnownThemes {

    private final KeptInMemory<List<SupportTheme>> themes;

    KnownThemes(SupportThemeRepository themes, Clock clock) {
        this.themes = new KeptInMemory<>(() -> List.copyOf(themes.findAll(Sort.by("label"))), clock,
                Duration.ofMinutes(1));
    }

    /** Every theme, by label, including each of these codes that exists. */
    List<SupportTheme> including(Collection<String> codes) {
        return themes.get(known -> codes.stream()
                .allMatch(code -> known.stream().anyMatch(theme -> theme.getId().equals(code))));
    }

    void forget() {
        themes.forget();
    }
}
