package fr.centressociaux.portail.trainings.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.CentrePanel;
import fr.centressociaux.portail.trainings.CentreEnrolment;
import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.TrainingDocuments;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import org.springframework.security.access.AccessDeniedException;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/**
 * On a centre's page: its people's trainings, newest year first, with their status, hours and
 * attestation; for those who see the centre's people (its director, its delegates, staff).
 */
@org.springframework.stereotype.Component
class CentreTrainingsPanel implements CentrePanel {

    private static final int ROWS_SHOWN = 10;

    private final TrainingEnrolments enrolments;
    private final TrainingDocuments documents;
    private final TrainingFormats formats;

    CentreTrainingsPanel(TrainingEnrolments enrolments, TrainingDocuments documents, TrainingFormats formats) {
        this.enrolments = enrolments;
        this.documents = documents;
        this.formats = formats;
    }

    @Override
    public Optional<Component> create(String centreId) {
        try {
            return Optional.of(new History(enrolments.ofCentre(centreId, null)));
        } catch (AccessDeniedException denied) {
            return Optional.empty();
        }
    }

    @Override
    public int order() {
        return 30;
    }

    /** The section itself, in the centre page's style. */
    class History extends Div {

        History(List<CentreEnrolment> rows) {
            addClassNames("centre-section", "training-history");
            Header header = new Header(new H2(getTranslation("training-centre.title")));
            header.addClassName("section-header");
            add(header);
            if (rows.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("training-centre.none"));
                none.addClassName("secondary-text");
                add(none);
                return;
            }
            Grid<CentreEnrolment> grid = new Grid<>();
            grid.addComponentColumn(this::sessionCell).setHeader(getTranslation("training-centre.training"))
                    .setFlexGrow(2);
            grid.addComponentColumn(this::personCell).setHeader(getTranslation("training-centre.person"))
                    .setFlexGrow(1);
            grid.addComponentColumn(this::certificateCell).setHeader(getTranslation("training-centre.certificate"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItems(rows);
            grid.setAllRowsVisible(rows.size() <= ROWS_SHOWN);
            if (rows.size() > ROWS_SHOWN) {
                grid.setHeight("28rem");
            }
            add(new Paragraph(getTranslation("training-centre.summary", rows.size())), grid);
        }

        private Div sessionCell(CentreEnrolment row) {
            Span when = new Span(formats.dates(row.session()));
            when.addClassName("secondary-text");
            Div cell = new Div(TrainingLinks.session(row.session().getId(), row.training().getTitle()), when);
            cell.addClassName("compact-row");
            return cell;
        }

        private Div personCell(CentreEnrolment row) {
            Enrolment person = row.enrolment();
            Span details = new Span(getTranslation(person.getKind().labelKey())
                    + (person.hasAttended() ? " · " + FrenchDates.hours(person.getAttendedTime()) : ""));
            details.addClassName("secondary-text");
            Div cell = new Div(new Span(person.fullName()), Badges.enrolment(new EnrolmentLine(person, null)), details);
            cell.addClassName("compact-row");
            return cell;
        }

        private Component certificateCell(CentreEnrolment row) {
            if (!TrainingDocuments.hasCertificate(row.enrolment())) {
                return new Span();
            }
            String id = row.enrolment().getId();
            return FILE_LINK.of(() -> documents.certificate(id), getTranslation("training-centre.download"));
        }
    }
}
