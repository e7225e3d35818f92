package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.shared.ui.HomePanel;
import fr.centressociaux.portail.trainings.CentreEnrolment;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDocuments;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingSession;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/**
 * "Mes inscriptions", on a director's home page: the coming sessions where their centre has
 * people, with who is enrolled or waiting, and the attestations of this year and last.
 */
@org.springframework.stereotype.Component
class MyTrainingsPanel implements HomePanel {

    static final int CERTIFICATES_SHOWN = 10;

    private final TrainingCatalogue catalogue;
    private final TrainingEnrolments enrolments;
    private final TrainingDocuments documents;
    private final TrainingFormats formats;
    private final Clock clock;

    MyTrainingsPanel(TrainingCatalogue catalogue, TrainingEnrolments enrolments, TrainingDocuments documents,
            TrainingFormats formats, Clock clock) {
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.documents = documents;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        String centreId = catalogue.permissions().ownCentreId();
        if (centreId == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of(new Block(enrolments.ofCentre(centreId, null), today));
    }

    @Override
    public int order() {
        return 20;
    }

    /** The block itself, made for each home page shown. */
    class Block extends Div {

        Block(List<CentreEnrolment> all, LocalDate today) {
            addClassNames("home-section", "my-trainings");
            add(new H2(getTranslation("training-home.title")));
            Map<TrainingSession, List<CentreEnrolment>> coming = all.stream()
                    .filter(row -> !row.session().isCancelled() && !row.session().getLastDay().isBefore(today))
                    .filter(row -> row.enrolment().getStatus() != EnrolmentStatus.WITHDRAWN)
                    .sorted((a, b) -> a.session().getFirstDay().compareTo(b.session().getFirstDay()))
                    .collect(Collectors.groupingBy(CentreEnrolment::session, LinkedHashMap::new, Collectors.toList()));
            if (coming.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("training-home.none"));
                none.addClassName("secondary-text");
                add(none);
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("my-training-list");
                coming.forEach((session, people) -> list.add(session(session, people)));
                add(list);
            }
            List<CentreEnrolment> certificates = all.stream()
                    .filter(row -> TrainingDocuments.hasCertificate(row.enrolment()))
                    .filter(row -> row.session().getYear() >= today.getYear() - 1).limit(CERTIFICATES_SHOWN).toList();
            if (!certificates.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("my-training-list");
                certificates.forEach(row -> list.add(certificate(row)));
                add(new H3(getTranslation("training-home.certificates")), list);
            }
            Anchor catalogueLink = new Anchor(TrainingLinks.CATALOGUE, getTranslation("training-home.catalogue"));
            catalogueLink.addClassName("training-action");
            add(catalogueLink);
        }

        private ListItem session(TrainingSession session, List<CentreEnrolment> people) {
            Anchor link = TrainingLinks.session(session.getId(), people.getFirst().training().getTitle());
            Span when = new Span(formats.dates(session));
            when.addClassName("secondary-text");
            Span who = new Span(people.stream().map(row -> getTranslation("training-home.person",
                            row.enrolment().fullName(), getTranslation(row.enrolment().getStatus().labelKey())))
                    .collect(Collectors.joining(", ")));
            Div line = new Div(link, when, who);
            line.addClassName("compact-row");
            return new ListItem(line);
        }

        private ListItem certificate(CentreEnrolment row) {
            String id = row.enrolment().getId();
            Span what = new Span(getTranslation("training-home.certificate.of", row.training().getTitle(),
                    formats.dates(row.session())));
            what.addClassName("secondary-text");
            Div line = new Div(FILE_LINK.of(() -> documents.certificate(id),
                    getTranslation("training-home.certificate", row.enrolment().fullName())), what);
            line.addClassName("compact-row");
            return new ListItem(line);
        }
    }
}
