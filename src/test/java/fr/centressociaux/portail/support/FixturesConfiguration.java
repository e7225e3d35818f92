package fr.centressociaux.portail.support;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account and centre fixtures, ready to autowire in every {@link PortalTest}. */
@TestConfiguration(proxyBeanMethods = false)
public class FixturesConfiguration {

    @Bean
    AccountFixtures accountFixtures(AccountRepository accounts, PasswordEncoder encoder) {
        return new AccountFixtures(accounts, encoder);
    }

    @Bean
    CentreFixtures centreFixtures(CentreService centres, TerritoryService territories) {
        return new CentreFixtures(centres, territories);
    }
}
