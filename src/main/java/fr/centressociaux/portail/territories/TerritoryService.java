package fr.centressociaux.portail.territories;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.territories.internal.TerritoryRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Territories and their delegates. Territory names are public (the registration form lists them);
 * changing them is for admins.
 */
@Service
public class TerritoryService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{2,10}$");
    private static final Comparator<Territory> BY_DEPARTMENT_AND_NAME = Comparator
            .comparing(Territory::getDepartment).thenComparing(Territory::getName);

    private final TerritoryRepository territories;
    private final AccountService accounts;

    TerritoryService(TerritoryRepository territories, AccountService accounts) {
        this.territories = territories;
        this.accounts = accounts;
    }

    /** Every territory, past and present, by department then name. */
    public List<Territory> all() {
        return territories.findAll().stream().sorted(BY_DEPARTMENT_AND_NAME).toList();
    }

    /** Territories valid on the date, by department then name. */
    public List<Territory> validOn(LocalDate date) {
        return all().stream().filter(territory -> territory.isValidOn(date)).toList();
    }

    public Optional<Territory> get(String id) {
        return territories.findById(id);
    }

    public Optional<Territory> byCode(String code) {
        return territories.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Territories by id, for labelling lists without one query per row. */
    public Map<String, Territory> byId() {
        return territories.findAll().stream().collect(Collectors.toMap(Territory::getId, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Territory create(TerritoryDraft draft) {
        TerritoryDraft valid = validated(draft);
        try {
            return territories.insert(new Territory(valid.code(), valid.name(), valid.department(), valid.validFrom(),
                    valid.validTo()));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("territory.code-taken", valid.code());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Territory update(String id, TerritoryDraft draft, long expectedVersion) {
        TerritoryDraft valid = validated(draft);
        Territory territory = territories.findById(id).orElseThrow(() -> new UserFacingException("territory.not-found"));
        if (territory.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        territory.apply(valid);
        try {
            return territories.save(territory);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("territory.code-taken", valid.code());
        }
    }

    /** The delegates' accounts of a territory (by account id). */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Set<String> delegatesOf(String territoryId) {
        return accounts.delegatesOf(territoryId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void assignDelegates(String territoryId, Set<String> delegateAccountIds) {
        territories.findById(territoryId).orElseThrow(() -> new UserFacingException("territory.not-found"));
        accounts.assignTerritoryDelegates(territoryId, delegateAccountIds);
    }

    private static TerritoryDraft validated(TerritoryDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new UserFacingException("territory.code-invalid");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new UserFacingException("territory.name-required");
        }
        if (draft.department() == null || draft.validFrom() == null) {
            throw new UserFacingException("territory.fields-required");
        }
        if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            throw new UserFacingException("territory.period-invalid");
        }
        return new TerritoryDraft(code, name, draft.department(), draft.validFrom(), draft.validTo());
    }
}
