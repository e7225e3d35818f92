package fr.centressociaux.portail.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A convention's terms: a new one ({@code conventions/termes}) or one staff change
 * ({@code conventions/termes/<id>}), saved with the version opened. Changing a convention leaves the
 * bilans already submitted as they were frozen.
 */
@Route(ConventionsView.PATH + "/termes")
@RolesAllowed("ADMIN")
class ConventionTermsView extends FormPage<ConventionForm, Convention> implements HasUrlParameter<String> {

    private final ConventionService conventions;
    private final int thisYear;
    private @Nullable Convention convention;

    ConventionTermsView(ConventionService conventions, Clock clock) {
        super("convention-terms-page", "convention.terms.page-title", "bilan.denied");
        this.conventions = conventions;
        this.thisYear = LocalDate.now(clock).getYear();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String id) {
        if (id == null) {
            convention = null;
            show(new ConventionForm(thisYear, true, this::save, this::leave),
                    new ViewHeader("convention.new.title", "convention.new.intro"));
            return;
        }
        ConventionPages.openOrTellGone(this, conventions, id, this::open);
    }

    private void open(Convention found) {
        convention = found;
        ConventionForm form = new ConventionForm(thisYear, false, this::save, this::leave);
        form.read(ConventionService.draftOf(found));
        show(form, ViewHeader.titled(getTranslation("convention.edit.title", found.getNetworkHead(),
                found.getFunderName()), "convention.edit.intro"));
    }

    @Override
    protected Convention store(ConventionForm form) {
        return convention == null ? conventions.create(form.draft())
                : conventions.update(convention.getId(), convention.getVersion(), form.draft());
    }

    @Override
    protected void saved(Convention saved) {
        Notifications.success("convention.saved");
        getUI().ifPresent(ui -> ui.navigate(ConventionStructureView.class, saved.getId()));
    }

    @Override
    protected void onConcurrentEdit() {
        Convention shown = convention;
        if (shown != null) {
            ConcurrentEditDialog.open(BilanActions.KEYS, () -> open(conventions.get(shown.getId())));
        }
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(ConventionsView.class));
    }
}
