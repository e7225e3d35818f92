package fr.centressociaux.portail.promeneurs.ui;

import java.util.List;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import fr.centressociaux.portail.promeneurs.EmployerChoice;
import fr.centressociaux.portail.promeneurs.PossibleDuplicateException;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.PromeneurStructures;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Registers a professional ({@code promeneurs/nouveau}) or edits one ({@code promeneurs/:id/modifier}). */
@Route("promeneurs/nouveau")
@RouteAlias("promeneurs/:id/modifier")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "DIRECTOR", "PROMENEUR"})
class ProfessionalFormView extends FormPage<ProfessionalForm, Professional> implements BeforeEnterObserver {

    private final PromeneurRegister register;
    private final PromeneurStructures structures;
    private @Nullable Professional editing;

    ProfessionalFormView(PromeneurRegister register, PromeneurStructures structures) {
        super("professional-form-page", "promeneurs.form.page-title", "promeneurs.form.denied");
        this.register = register;
        this.structures = structures;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(null);
        try {
            editing = id == null ? null : register.get(id);
            // Whoever does not run the network keeps the employer as recorded (the service refuses a move).
            List<EmployerChoice> employers = editing != null && !register.runsTheNetwork()
                    ? List.of(EmployerChoice.of(editing.getEmployer()))
                    : structures.employerChoices(Department.PAS_DE_CALAIS);
            ProfessionalForm form = new ProfessionalForm(employers,
                    editing == null, register.today(), this::save, this::leave);
            if (editing != null) {
                form.read(editing.toDraft());
            }
            show(form, new ViewHeader(editing == null ? "promeneurs.form.new-title" : "promeneurs.form.edit-title",
                    "promeneurs.form.intro"));
        } catch (UserFacingException | AccessDeniedException refused) {
            event.forwardTo(ProfessionalListView.class);
            Notifications.error(new UserFacingException("promeneurs.form.denied"));
        }
    }

    @Override
    protected Professional store(ProfessionalForm form) {
        if (editing != null) {
            return register.update(editing.getId(), editing.getVersion(), form.draft());
        }
        try {
            return register.register(form.draft(), form.firstStatus(), form.despiteNamesake());
        } catch (PossibleDuplicateException namesake) {
            form.offerDespiteNamesake();
            throw namesake;
        }
    }

    @Override
    protected void saved(Professional saved) {
        Notifications.success("promeneurs.form.saved", saved.fullName());
        getUI().ifPresent(ui -> ui.navigate(ProfessionalView.class, new RouteParameters("id", saved.getId())));
    }

    @Override
    protected void leave() {
        // Back to the record being edited: a professional editing their own has no register to go to.
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(ProfessionalListView.class);
            } else {
                ui.navigate(ProfessionalView.class, new RouteParameters("id", editing.getId()));
            }
        });
    }
}
