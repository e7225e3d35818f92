package fr.centressociaux.portail.newsletter.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import fr.centressociaux.portail.newsletter.ContentBlocks;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Inserts a section made from the portal's content into the issue being written: what happens in
 * the next fortnight (meetings, for everyone or by territory; training sessions with seats; PdN
 * events), and the news and the Département's information of the past week and the fortnight to
 * come. Says so when there is nothing to insert.
 */
class BlockPicker extends Div {

    private static final int DAYS_AHEAD = 14;
    /** News is announced from the past week on: what was published since the last issue. */
    private static final int NEWS_DAYS_BACK = 7;

    BlockPicker(ContentBlocks blocks, Clock clock, Consumer<String> insert) {
        addClassName("newsletter-blocks");
        add(button("newsletter.block.insert-meetings", blocks::upcomingMeetings, 0, clock, insert),
                button("newsletter.block.insert-meetings-territory", blocks::upcomingMeetingsByTerritory, 0, clock,
                        insert),
                button("newsletter.block.insert-sessions", blocks::upcomingSessions, 0, clock, insert),
                button("newsletter.block.insert-news", blocks::newsItems, NEWS_DAYS_BACK, clock, insert),
                button("newsletter.block.insert-departement", blocks::departementInformation, NEWS_DAYS_BACK, clock,
                        insert),
                button("newsletter.block.insert-pdn-events", blocks::pdnEvents, 0, clock, insert));
    }

    private Button button(String key, BiFunction<LocalDate, LocalDate, Optional<String>> block, int daysBack,
            Clock clock, Consumer<String> insert) {
        Button button = new Button(getTranslation(key), click -> {
            LocalDate today = LocalDate.now(clock);
            block.apply(today.minusDays(daysBack), today.plusDays(DAYS_AHEAD)).ifPresentOrElse(insert,
                    () -> Notifications.success("newsletter.block.nothing"));
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
