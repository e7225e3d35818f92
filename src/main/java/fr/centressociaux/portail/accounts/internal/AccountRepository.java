package fr.centressociaux.portail.accounts.internal;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountStatus;
import fr.centressociaux.portail.accounts.Role;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AccountRepository extends MongoRepository<Account, String>, AccountRepositoryCustom {

    Optional<Account> findByEmail(String email);

    long countByRole(Role role);

    List<Account> findByRoleAndScopeTerritoryIdsContaining(Role role, String territoryId);

    List<Account> findByRoleOrderByDisplayName(Role role);

    List<Account> findByRoleAndStatusOrderByDisplayName(Role role, AccountStatus status);
}
