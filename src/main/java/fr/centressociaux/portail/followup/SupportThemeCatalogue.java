package fr.centressociaux.portail.followup;

import java.util.List;

import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static fr.centressociaux.portail.shared.ReferenceData.insertUnlessAnotherNodeDid;

/**
 * The first themes of thematic supports, the health projects of the 2024 bilan, seeded into an
 * empty collection; staff add others. Nodes starting together on one empty database insert each
 * theme on its own and skip one another node stored first (its code is the id), so all start.
 */
@Component
@Order(-5)
class SupportThemeCatalogue implements ApplicationRunner {

    static final String CANCER = "cancer";
    static final String NUTRITION = "nutrition";
    static final String ADDICTIONS = "addictions";

    private final SupportThemeRepository themes;

    SupportThemeCatalogue(SupportThemeRepository themes) {
        this.themes = themes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (themes.count() == 0) {
            catalogue().forEach(theme -> insertUnlessAnotherNodeDid(() -> themes.insert(theme)));
        }
    }

    static List<SupportTheme> catalogue() {
        return List.of(new SupportTheme(CANCER, "Prévention des cancers, promotion du dépistage"),
                new SupportTheme(NUTRITION, "Nutrition"), new SupportTheme(ADDICTIONS, "Prévention des addictions"));
    }
}
