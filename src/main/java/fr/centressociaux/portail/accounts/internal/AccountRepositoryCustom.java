package fr.centressociaux.portail.accounts.internal;

import java.util.List;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFilter;
import org.springframework.data.domain.Pageable;

public interface AccountRepositoryCustom {

    List<Account> findPage(AccountFilter filter, Pageable pageable);

    long count(AccountFilter filter);
}
