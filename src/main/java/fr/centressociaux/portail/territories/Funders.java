package fr.centressociaux.portail.territories;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.internal.FunderRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who funds the federation's actions in each department, read by the attendance sheets of meetings
 * and trainings (their mention). Admins set or change a department's funder, or remove it.
 */
@Service
public class Funders {

    private final FunderRepository funders;
    private final Validator validator;

    Funders(FunderRepository funders, Validator validator) {
        this.funders = funders;
        this.validator = validator;
    }

    /** Every department's funder, Nord first. */
    public List<Funder> all() {
        return funders.findAll().stream().sorted(Comparator.comparing(Funder::getDepartment)).toList();
    }

    public Optional<Funder> of(Department department) {
        return funders.findByDepartment(department);
    }

    /**
     * The funders of these departments (an event for both departments has the funders of both), in
     * department order; none when no department has one.
     */
    public List<Funder> supporting(Collection<Department> departments) {
        return funders.findByDepartmentIn(Set.copyOf(departments)).stream()
                .sorted(Comparator.comparing(Funder::getDepartment)).toList();
    }

    /** Creates the department's funder, or changes it if the version is the one the admin saw. */
    @PreAuthorize("hasRole('ADMIN')")
    public Funder save(Department department, FunderDraft draft, long expectedVersion) {
        Set<ConstraintViolation<FunderDraft>> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new UserFacingException("funder.invalid");
        }
        Optional<Funder> existing = funders.findByDepartment(department);
        if (existing.isPresent() && existing.get().getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        Funder funder = existing.orElseGet(() -> new Funder(department, draft.name(), draft.mention()));
        funder.apply(draft);
        try {
            return funders.save(funder);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** The department no longer has a funder: its sheets print no mention. */
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(Department department) {
        funders.findByDepartment(department).ifPresent(funders::delete);
    }
}
