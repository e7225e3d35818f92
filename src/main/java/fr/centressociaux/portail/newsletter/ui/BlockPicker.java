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
 * Inserts a section made from the portal's content (the meetings, the training sessions with seats
 * of the next fortnight) into the issue being written; says so when there is nothing to insert.
 */
class BlockPicker extends Div {

    private static final int DAYS_AHEAD = 14;

    BlockPicker(ContentBlocks blocks, Clock clock, Consumer<String> insert) {
        addClassName("newsletter-blocks");
        add(button("newsletter.block.insert-meetings", blocks::upcomingMeetings, clock, insert),
                button("newsletter.block.insert-sessions", blocks::upcomingSessions, clock, insert));
    }

    private Button button(String key, BiFunction<LocalDate, LocalDate, Optional<String>> block, Clock clock,
            Consumer<String> insert) {
        Button button = new Button(getTranslation(key), click -> {
            LocalDate today = LocalDate.now(clock);
            block.apply(today, today.plusDays(DAYS_AHEAD)).ifPresentOrElse(insert,
                    () -> Notifications.success("newsletter.block.nothing"));
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
