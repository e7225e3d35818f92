package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.shared.FrenchDates;
import org.jspecify.annotations.Nullable;

/**
 * A centre's CAF approval at a glance: a badge when the renewal is due or the approval has ended,
 * plain text while it runs. Used in the directory and on the centre's page.
 */
final class ApprovalStatus {

    private ApprovalStatus() {
    }

    static Component of(@Nullable Approval approval, LocalDate today) {
        if (approval == null) {
            Span none = new Span(UiTexts.get("directory.approval.none"));
            none.addClassName("secondary-text");
            return none;
        }
        return switch (approval.stateOn(today)) {
            case VALID -> new Span(UiTexts.get("directory.approval.until", FrenchDates.format(approval.end())));
            case RENEWAL_DUE -> badge(UiTexts.get(approval.stateOn(today).labelKey()), BadgeVariant.WARNING);
            case EXPIRED -> badge(UiTexts.get(approval.stateOn(today).labelKey()), BadgeVariant.ERROR);
        };
    }

    /** The state after its label, "Agrément CAF : …", where no column header names it. */
    static Component labelled(@Nullable Approval approval, LocalDate today) {
        Div labelled = new Div(new Span(UiTexts.get("directory.column.approval") + " : "), of(approval, today));
        labelled.addClassName("labelled-approval");
        return labelled;
    }

    private static Badge badge(String text, BadgeVariant variant) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(variant);
        return badge;
    }
}
