package fr.centressociaux.portail.trainings.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Training;

/**
 * What a training is: title, family, audience, jobs, length, trainer, FOSFORA line, and its
 * objectives and programme rendered from Markdown (sanitized: staff write it, everyone reads it).
 */
class TrainingSummary extends Div {

    TrainingSummary(Training training, Div actions) {
        addClassName("training-summary");
        RouterLink back = new RouterLink(TrainingCatalogueView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("training-ui.back-to-catalogue")));
        back.addClassName("back-link");
        Div line = new Div(new Span(getTranslation(training.getFamily().labelKey())),
                new Span(getTranslation("training-page.year", String.valueOf(training.getYear()))));
        line.addClassName("training-line");
        if (!training.isPublished()) {
            line.add(Badges.unpublished());
        }
        if (training.isFosforaEligible()) {
            line.add(Badges.fosfora());
        }
        Header header = new Header(back, new H1(training.getTitle()), line, actions);
        header.addClassName("view-header");

        DescriptionList details = new DescriptionList();
        details.addClassName("training-details");
        details.add(term("training-page.audience"), value(getTranslation(training.getAudience().labelKey())));
        details.add(term("training-page.jobs"), value(training.getTargetJobs().isEmpty()
                ? getTranslation("training-page.jobs.any")
                : training.getTargetJobs().stream().map(job -> getTranslation(job.labelKey()))
                        .collect(Collectors.joining(", "))));
        details.add(term("training-page.duration"), value(FrenchDates.hours(training.getDuration())));
        details.add(term("training-page.trainer"), value(training.getTrainer().isBlank()
                ? getTranslation("training-page.trainer.none") : training.getTrainer()));
        FosforaLine fosfora = training.getFosforaLine();
        details.add(term("training-page.fosfora"), value(fosfora == null ? getTranslation("training-page.fosfora.none")
                : getTranslation("training-page.fosfora.line", getTranslation(fosfora.labelKey()))));
        add(header, details);
        text("training-page.objectives", training.getObjectives());
        text("training-page.programme", training.getProgramme());
    }

    private void text(String titleKey, String markdown) {
        if (markdown.isBlank()) {
            return;
        }
        Div rendered = new Div();
        rendered.addClassName("markdown");
        rendered.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
        Div block = new Div(new H2(getTranslation(titleKey)), rendered);
        block.addClassName("training-text");
        add(block);
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description value(String text) {
        return new DescriptionList.Description(text);
    }
}
