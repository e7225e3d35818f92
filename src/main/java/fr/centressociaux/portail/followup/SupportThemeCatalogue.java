package fr.centressociaux.portail.followup;

import java.util.List;

import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The first themes of thematic supports, the health projects of the 2024 bilan; staff add others. */
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
            themes.saveAll(List.of(new SupportTheme(CANCER, "Prévention des cancers, promotion du dépistage"),
                    new SupportTheme(NUTRITION, "Nutrition"), new SupportTheme(ADDICTIONS, "Prévention des addictions")));
        }
    }
}
