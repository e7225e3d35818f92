package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two people editing the same centre: the second save is refused, never a silent overwrite. */
@PortalTest
class ConcurrentEditTest {

    @Autowired
    CentreService service;

    @Autowired
    AccountFixtures people;
    @Autowired
    CentreFixtures fixtures;

    Account admin;
    Centre centre;

    @BeforeEach
    void aCentreOpenedByTwoPeople() {
        admin = people.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
        centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
    }

    @Test
    void the_second_save_of_the_same_version_is_refused_and_the_first_is_kept() {
        long seenByBoth = centre.getVersion();
        service.updateProfile(centre.getId(), seenByBoth, CentreFixtures.profile("Première version"), null, null);

        assertThatThrownBy(() -> service.updateProfile(centre.getId(), seenByBoth,
                CentreFixtures.profile("Seconde version"), null, null))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("edit.concurrent");
        assertThat(service.get(centre.getId()).getProfile().name()).startsWith("Première version");
    }

    @Test
    void any_kind_of_change_checks_the_version_seen() {
        long seen = centre.getVersion();
        service.putFigures(centre.getId(), seen, new YearlyFigures(2025, 10, 8.0, 30));

        assertThatThrownBy(() -> service.putMembership(centre.getId(), seen,
                new MembershipYear(2025, MembershipStatus.MEMBER, null, null, null)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void of_two_saves_at_the_same_moment_exactly_one_wins() throws Exception {
        long seen = centre.getVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(save("Version A", seen, start));
            Future<Boolean> b = pool.submit(save("Version B", seen, start));
            start.countDown();

            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
            assertThat(service.get(centre.getId()).getChanges()).filteredOn(c -> c.field().equals("centre.field.name"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> save(String name, long version, CountDownLatch start) {
        return () -> {
            AccountFixtures.actAs(admin);
            start.await();
            try {
                service.updateProfile(centre.getId(), version, CentreFixtures.profile(name), null, null);
                return true;
            } catch (UserFacingException refused) {
                return false;
            }
        };
    }
}
