package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The themes of thematic supports kept in memory for the yearly figures, which list every theme
 * (at zero too): the list changes a few times a year, and on the embedded server one more query is
 * a measurable part of the figures (FollowupBenchmark). Forgotten when this instance adds a theme;
 * read again when the figures meet a theme it does not hold (added on another instance), and at least
 * every minute (a label changed on another instance).
 */
@Component
class KnownThemes {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final SupportThemeRepository themes;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

    KnownThemes(SupportThemeRepository themes, Clock clock) {
        this.themes = themes;
        this.clock = clock;
    }

    /** Every theme, by label, including each of these codes that exists. */
    List<SupportTheme> including(Collection<String> codes) {
        Snapshot current = snapshot;
        if (current.readAt().plus(FRESH_FOR).isBefore(clock.instant()) || !current.holdsAll(codes)) {
            current = new Snapshot(themes.findAll(Sort.by("label")), clock.instant());
            snapshot = current;
        }
        return current.themes();
    }

    void forget() {
        snapshot = new Snapshot(List.of(), Instant.MIN);
    }

    private record Snapshot(List<SupportTheme> themes, Instant readAt) {

        Snapshot {
            themes = List.copyOf(themes);
        }

        boolean holdsAll(Collection<String> codes) {
            return codes.stream().allMatch(code -> themes.stream().anyMatch(theme -> theme.getId().equals(code)));
        }
    }
}
