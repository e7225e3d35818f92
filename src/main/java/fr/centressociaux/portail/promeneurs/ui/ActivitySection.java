package fr.centressociaux.portail.promeneurs.ui;

import java.time.LocalDate;
import java.time.YearMonth;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.binder.ValueContext;
import fr.centressociaux.portail.promeneurs.ActivityDraft;
import fr.centressociaux.portail.promeneurs.ActivityReport;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.PromeneurActivity;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The professional's months of this year, and, for whoever may edit the record, the
 * {@link ActivityForm} to fill or correct one. The service checks everything again (month after
 * the label, not in the future, year not closed); its refusals show next to the form's fields.
 */
class ActivitySection extends Div {

    private static final FrenchDecimalConverter HOURS = new FrenchDecimalConverter("");

    private final PromeneurActivity activity;
    private final Professional professional;
    private final Grid<ActivityReport> months = new Grid<>();
    private long version;

    ActivitySection(PromeneurActivity activity, Professional professional, boolean editable, LocalDate today) {
        this.activity = activity;
        this.professional = professional;
        addClassName("activity-section");
        add(new H2(getTranslation("promeneurs.activity.title", String.valueOf(today.getYear()))));
        months.addColumn(report -> FrenchDates.monthYear(report.month()))
                .setHeader(getTranslation("promeneurs.activity.month"));
        months.addColumn(ActivityReport::getIndividualFollowUps).setHeader(getTranslation("promeneurs.activity.follow-ups"));
        months.addColumn(ActivityReport::getCollectiveActions).setHeader(getTranslation("promeneurs.activity.collective"));
        months.addColumn(report -> HOURS.convertToPresentation(report.getHoursOnline().doubleValue(), new ValueContext()))
                .setHeader(getTranslation("promeneurs.activity.hours"));
        months.addColumn(report -> report.getLocalEvents().size()).setHeader(getTranslation("promeneurs.activity.events"));
        months.setAllRowsVisible(true);
        months.setEmptyStateText(getTranslation("promeneurs.activity.none"));
        months.setItems(activity.year(professional.getId(), today.getYear()));
        add(months);
        if (editable) {
            ActivityForm[] form = new ActivityForm[1];
            form[0] = new ActivityForm(today, chosen -> read(form[0], chosen), chosen -> save(form[0], chosen));
            add(form[0]);
            form[0].choose(YearMonth.from(today).minusMonths(today.getMonthValue() > 1 ? 1 : 0));
        }
    }

    private void read(ActivityForm form, YearMonth chosen) {
        form.clearProblems();
        form.read(activity.month(professional.getId(), chosen).map(report -> {
            version = report.getVersion();
            return report.toDraft();
        }).orElseGet(() -> {
            version = 0;
            return ActivityDraft.empty();
        }));
    }

    private void save(ActivityForm form, YearMonth chosen) {
        if (!form.checkTyped()) {
            return;
        }
        form.binder().refusals()
                .attempt(() -> activity.save(professional.getId(), chosen, version, form.draft()), Notifications::error)
                .ifPresent(saved -> {
                    version = saved.getVersion();
                    months.setItems(activity.year(professional.getId(), chosen.getYear()));
                    Notifications.success("promeneurs.activity.saved", FrenchDates.monthYear(chosen));
                });
    }
}
