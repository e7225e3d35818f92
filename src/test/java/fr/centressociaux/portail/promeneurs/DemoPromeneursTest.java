package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.util.function.Supplier;

import fr.centressociaux.portail.promeneurs.internal.NetworkQuestionRepository;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static fr.centressociaux.portail.promeneurs.PromeneursMeasure.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network on a fresh embedded database with the demo centres and accounts: the yearly
 * figures service gives the 2023 Promeneurs du Net figures of DOMAIN.md, and 2024 follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPromeneursTest {

    ConfigurableApplicationContext portal;
    SecurityContextHolderStrategy security;

    @BeforeAll
    void startThePortalWithDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        security = portal.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(security);
    }

    @AfterAll
    void stopThePortal() {
        SecurityContextHolder.clearContext();
        portal.close();
    }

    @Test
    void the_2023_figures_are_those_of_the_reference_year() {
        PromeneursYear year = as("pdn@example.org",
                () -> portal.getBean(PromeneursFigures.class).year(2023, Department.PAS_DE_CALAIS));

        assertThat(year.value(LABELLED_AT_YEAR_END)).isEqualByComparingTo("73");
        assertThat(year.value(NEWLY_LABELLED)).isEqualByComparingTo("22");
        assertThat(year.value(LEFT)).isEqualByComparingTo("20");
        assertThat(year.value(SHARE_IN_MEMBER_CENTRES)).isBetween(new BigDecimal("35"), new BigDecimal("45"));
        assertThat(year.figure(EVENTS, "INITIAL_TRAINING").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(year.figure(EVENTS, "REMOTE_SESSION").orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(year.figure(EVENTS, "THEMATIC_HALF_DAY").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(year.figure(EVENTS, "DEPARTMENTAL_DAY").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(year.figure(EVENTS, "EXCHANGE_HALF_DAY").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(year.figure(LABELLED_AT_YEAR_END, null).orElseThrow().records()).hasSize(73);
        // Five demo questions answered in 2023, after 4, 26, 30, 50 and 72 hours.
        assertThat(year.value(QUESTIONS_ANSWERED)).isEqualByComparingTo("5");
        assertThat(year.value(ANSWER_TIME_MEDIAN_HOURS)).isEqualByComparingTo("30");
    }

    @Test
    void in_2024_a_professional_back_after_leaving_counts_as_new_and_the_year_ends_with_76() {
        PromeneursYear year = as("departement@example.org",
                () -> portal.getBean(PromeneursFigures.class).year(2024, Department.PAS_DE_CALAIS));

        assertThat(year.value(LABELLED_AT_YEAR_START)).isEqualByComparingTo("73");
        assertThat(year.value(NEWLY_LABELLED)).isEqualByComparingTo("16");
        assertThat(year.value(LEFT)).isEqualByComparingTo("13");
        assertThat(year.value(LABELLED_AT_YEAR_END)).isEqualByComparingTo("76");
        assertThat(year.value(INDIVIDUAL_FOLLOW_UPS)).isPositive();
        assertThat(year.figures()).allSatisfy(figure -> assertThat(figure.records()).isEmpty());
    }

    @Test
    void the_demo_promeneur_account_opens_the_record_of_a_labelled_professional_who_asked_the_network() {
        Professional own = as("promeneur@example.org",
                () -> portal.getBean(PromeneurInvitations.class).ownRecord()).orElseThrow();

        assertThat(own.getStatus()).isEqualTo(ProfessionalStatus.LABELLED);
        assertThat(portal.getBean(NetworkQuestionRepository.class).findAll())
                .anySatisfy(question -> assertThat(question.getProfessionalId()).isEqualTo(own.getId()));
    }

    private <T> T as(String email, Supplier<T> work) {
        UserDetails user = portal.getBean(UserDetailsService.class).loadUserByUsername(email);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }
}
