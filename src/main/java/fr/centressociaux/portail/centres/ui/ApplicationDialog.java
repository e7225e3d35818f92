package fr.centressociaux.portail.centres.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.LookalikeCentre;
import fr.centressociaux.portail.centres.MembershipApplication;
import fr.centressociaux.portail.shared.FrenchDates;
import org.jspecify.annotations.Nullable;

/**
 * One application, everything it says, and the decision. When it looks like existing centres,
 * they are listed with links, and approving needs the reviewer to say they checked them.
 */
class ApplicationDialog extends Dialog {

    private final DescriptionList details = new DescriptionList();

    ApplicationDialog(MembershipApplication application, List<LookalikeCentre> lookalikes, String territoryName,
            Consumer<Boolean> approve, Consumer<String> reject) {
        CentreProfile profile = application.getProfile();
        setHeaderTitle(profile.name());
        setWidth("44rem");
        setMaxWidth("100%");
        details.addClassName("application-details");
        row("applications.detail.kind", getTranslation(profile.kind().labelKey()));
        row("applications.detail.management", getTranslation(profile.management().labelKey()));
        row("applications.detail.siret", profile.siret());
        row("applications.detail.address", getTranslation("applications.detail.address.value", profile.street(),
                profile.postalCode(), profile.commune()));
        row("applications.detail.epci", profile.epci());
        row("applications.detail.email", profile.email());
        row("applications.detail.phone", profile.phone());
        row("applications.detail.website", profile.website());
        row("applications.detail.territory", territoryName);
        row("applications.detail.director", getTranslation("applications.detail.director.value",
                application.getDirectorName(), application.getDirectorEmail()));
        row("applications.detail.submitted-at", FrenchDates.dateTime(application.getSubmittedAt()));
        row("applications.detail.confirmed-at", FrenchDates.dateTime(application.getConfirmedAt()));
        add(details);

        Checkbox reviewed = new Checkbox(getTranslation("applications.lookalikes.reviewed"));
        Button accept = new Button(getTranslation("applications.approve"), click -> {
            close();
            approve.accept(reviewed.getValue());
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!lookalikes.isEmpty()) {
            add(lookalikeWarning(lookalikes, reviewed));
            accept.setEnabled(false);
            reviewed.addValueChangeListener(change -> accept.setEnabled(change.getValue()));
        }
        Button refuse = new Button(getTranslation("applications.reject"),
                click -> new RejectDialog(profile.name(), reason -> {
                    close();
                    reject.accept(reason);
                }).open());
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("applications.close"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, refuse, accept);
    }

    private Div lookalikeWarning(List<LookalikeCentre> lookalikes, Checkbox reviewed) {
        UnorderedList centres = new UnorderedList();
        lookalikes.forEach(centre -> {
            Anchor link = new Anchor("centres/" + centre.id(), getTranslation("applications.lookalikes.centre",
                    centre.name(), centre.postalCode(), centre.commune()));
            // A new tab keeps this application open next to the centre it is compared with.
            link.setTarget(AnchorTarget.BLANK);
            centres.add(new ListItem(link));
        });
        Div warning = new Div(new Paragraph(getTranslation("applications.lookalikes.intro")), centres, reviewed);
        warning.addClassName("lookalike-warning");
        return warning;
    }

    private void row(String termKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            details.add(new Term(getTranslation(termKey)), new Description(value));
        }
    }
}
