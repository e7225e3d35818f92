package fr.centressociaux.portail.support;

import com.icegreen.greenmail.util.GreenMail;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.followup.FollowupFixtures;
import fr.centressociaux.portail.followup.FollowupService;
import fr.centressociaux.portail.mail.internal.OutboxStore;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.promeneurs.PromeneurActivity;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.PromeneurStructures;
import fr.centressociaux.portail.promeneurs.PromeneursFixtures;
import fr.centressociaux.portail.promeneurs.SatisfactionSurveys;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account, centre and meeting fixtures and the {@link Inbox}, ready to autowire in every {@link PortalTest}. */
@TestConfiguration(proxyBeanMethods = false)
public class FixturesConfiguration {

    @Bean
    AccountFixtures accountFixtures(AccountRepository accounts, PasswordEncoder encoder) {
        return new AccountFixtures(accounts, encoder);
    }

    /** The in-process SMTP server's mails, once the outbox has sent them (unusable when a test configures its own SMTP). */
    @Bean
    Inbox inbox(ObjectProvider<GreenMail> server, OutboxStore outbox) {
        return new Inbox(server::getObject, outbox);
    }

    @Bean
    CentreFixtures centreFixtures(CentreService centres, TerritoryService territories) {
        return new CentreFixtures(centres, territories);
    }

    /** A new one for each test instance, with its own coordinator account. */
    @Bean
    @Scope("prototype")
    PromeneursFixtures promeneursFixtures(PromeneurRegister register, PromeneurStructures structures,
            PromeneurEvents events, PromeneurActivity activity, CentreFixtures centres, AccountFixtures accounts,
            TerritoryService territories, ProfessionalRepository professionals, SatisfactionSurveys surveys,
            Inbox inbox, MeetingService meetings, MeetingTerms meetingKinds) {
        return new PromeneursFixtures(register, structures, events, activity, centres, accounts, territories,
                professionals, surveys, inbox, meetings, meetingKinds);
    }

    /** A new one for each test instance: it remembers its admin. */
    @Bean
    @Scope("prototype")
    FollowupFixtures followupFixtures(CentreFixtures centres, AccountFixtures accounts, TerritoryService territories,
            FollowupService followup) {
        return new FollowupFixtures(centres, accounts, territories, followup);
    }

    /** A new one for each test instance, as each test used to build its own (it remembers its admin). */
    @Bean
    @Scope("prototype")
    MeetingFixtures meetingFixtures(CentreFixtures centres, TerritoryService territories, MeetingTerms terms,
            MeetingService meetings, MeetingPeople people, AccountFixtures accounts) {
        return new MeetingFixtures(centres, territories, terms, meetings, people, accounts);
    }
}
