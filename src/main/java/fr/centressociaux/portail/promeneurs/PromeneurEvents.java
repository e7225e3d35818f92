package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.promeneurs.internal.PdnEventRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The network's events and who took part. The coordinator schedules them and records
 * participants; confirming that a candidate completed an initial training labels them from the
 * training's date.
 */
@Service
public class PromeneurEvents {

    private final PdnEventRepository events;
    private final PromeneurRegister register;
    private final PromeneurAccess access;
    private final InputValidation validation;

    PromeneurEvents(PdnEventRepository events, PromeneurRegister register, PromeneurAccess access,
            InputValidation validation) {
        this.events = events;
        this.register = register;
        this.access = access;
        this.validation = validation;
    }

    /** A year's events, by date, a page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<PdnEvent> page(int year, Pageable pageable) {
        access.checkRunTheNetwork();
        return events.findPage(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(int year) {
        access.checkRunTheNetwork();
        return events.countIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @PreAuthorize("isAuthenticated()")
    public PdnEvent get(String id) {
        access.checkRunTheNetwork();
        return load(id);
    }

    @PreAuthorize("isAuthenticated()")
    public PdnEvent schedule(PdnEventDraft draft) {
        access.checkRunTheNetwork();
        Problems problems = validation.of(draft);
        if (draft.kind() == PdnEventKind.EXCHANGE_HALF_DAY && draft.territoryId() == null) {
            problems.add("territoryId", "promeneurs.event.territory-required");
        }
        problems.throwIfAny();
        return events.insert(new PdnEvent(draft));
    }

    /** Records that the professional took part (once). */
    @PreAuthorize("isAuthenticated()")
    public PdnEvent addParticipant(String eventId, String professionalId) {
        access.checkRunTheNetwork();
        PdnEvent event = load(eventId);
        register.get(professionalId);
        return event.add(professionalId) ? save(event) : event;
    }

    @PreAuthorize("isAuthenticated()")
    public PdnEvent removeParticipant(String eventId, String professionalId) {
        access.checkRunTheNetwork();
        PdnEvent event = load(eventId);
        return event.remove(professionalId) ? save(event) : event;
    }

    /**
     * The coordinator confirms that a participant completed this initial training: a candidate or
     * trainee becomes labelled from the training's date.
     */
    @PreAuthorize("isAuthenticated()")
    public Professional confirmInitialTraining(String eventId, String professionalId) {
        access.checkRunTheNetwork();
        PdnEvent event = load(eventId);
        if (event.getKind() != PdnEventKind.INITIAL_TRAINING || !event.getParticipantIds().contains(professionalId)) {
            throw new UserFacingException("promeneurs.event.not-a-trainee");
        }
        Professional professional = register.get(professionalId);
        return register.changeStatus(professionalId, professional.getVersion(),
                new StatusChangeDraft(ProfessionalStatus.LABELLED, event.getDate(), null));
    }

    private PdnEvent load(String id) {
        return events.findById(id).orElseThrow(() -> new UserFacingException("promeneurs.event.not-found"));
    }

    private PdnEvent save(PdnEvent event) {
        try {
            return events.save(event);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }
}
