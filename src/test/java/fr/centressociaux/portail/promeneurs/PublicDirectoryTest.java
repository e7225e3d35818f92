package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public directory: consent in and out, the fields chosen, search by commune and network, limits. */
@PortalTest
class PublicDirectoryTest {

    @Autowired
    PublicDirectory directory;
    @Autowired
    PromeneursFixtures fixtures;

    @Test
    void a_professional_appears_only_after_consent_and_disappears_when_it_is_withdrawn() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional professional = fixtures.labelledIn(structure, LocalDate.of(2022, 1, 10));
        PublicSearch inItsCommune = new PublicSearch(structure.getCommune(), null);

        assertThat(directory.search(inItsCommune, null)).isEmpty();

        DirectoryConsent consent = fixtures.asCoordinator(() -> directory.recordConsent(professional.getId(),
                new ConsentDraft(EnumSet.allOf(PublicField.class), LocalDate.of(2025, 3, 4))));
        assertThat(consent.getRecordedBy()).isEqualTo(fixtures.coordinator.getEmail());
        assertThat(directory.search(inItsCommune, null)).extracting(PublicEntry::name)
                .containsExactly(professional.fullName());

        fixtures.asCoordinator(() -> directory.withdrawConsent(professional.getId()));
        assertThat(directory.search(inItsCommune, null)).isEmpty();
        assertThat(fixtures.asCoordinator(() -> directory.consentOf(professional.getId())).orElseThrow().getHistory())
                .extracting(DirectoryConsent.Change::given).containsExactly(true, false);
    }

    @Test
    void only_the_fields_chosen_are_published_and_searched() {
        Structure structure = fixtures.structure(StructureKind.COLLEGE, "LIT62");
        Professional professional = fixtures.labelledIn(structure, LocalDate.of(2022, 1, 10));
        consent(professional, EnumSet.of(PublicField.COMMUNE, PublicField.STRUCTURE));

        PublicEntry entry = directory.search(new PublicSearch(structure.getCommune(), null), null).getFirst();

        assertThat(entry.name()).isNull();
        assertThat(entry.structure()).isEqualTo(structure.getName());
        assertThat(entry.networks()).isEmpty();
        assertThat(directory.search(new PublicSearch(structure.getCommune(), SocialNetwork.INSTAGRAM), null))
                .as("networks not published are not searched either").isEmpty();
    }

    @Test
    void the_search_matches_the_start_of_the_commune_and_the_network() {
        Structure structure = fixtures.structure(StructureKind.ASSOCIATION, "LIT62");
        Professional professional = fixtures.labelledIn(structure, LocalDate.of(2022, 1, 10));
        consent(professional, EnumSet.allOf(PublicField.class));
        String start = structure.getCommune().toLowerCase().substring(0, structure.getCommune().length() - 1);

        assertThat(directory.search(new PublicSearch(start, SocialNetwork.INSTAGRAM), null))
                .extracting(PublicEntry::name).contains(professional.fullName());
        assertThat(directory.search(new PublicSearch(structure.getCommune(), SocialNetwork.TIKTOK), null)).isEmpty();
    }

    @Test
    void a_professional_who_left_is_off_the_page_whatever_their_consent() {
        Structure structure = fixtures.structure(StructureKind.ASSOCIATION, "LIT62");
        Professional professional = fixtures.labelledIn(structure, LocalDate.of(2022, 1, 10));
        consent(professional, EnumSet.allOf(PublicField.class));

        fixtures.leave(professional, LocalDate.of(2024, 5, 1));

        assertThat(directory.search(new PublicSearch(structure.getCommune(), null), null)).isEmpty();
    }

    @Test
    void a_consent_without_fields_or_dated_in_the_future_is_refused_and_nothing_is_saved() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.OTHER, "LIT62"),
                LocalDate.of(2022, 1, 10));

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> directory.recordConsent(professional.getId(),
                new ConsentDraft(Set.of(), LocalDate.of(2025, 1, 1))))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> directory.recordConsent(professional.getId(),
                new ConsentDraft(Set.of(PublicField.NAME), LocalDate.now().plusYears(1)))))
                .isInstanceOf(UserFacingException.class);
        assertThat(fixtures.asCoordinator(() -> directory.consentOf(professional.getId()))).isEmpty();
    }

    @Test
    void one_address_searching_without_pause_is_stopped() {
        String address = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < PublicDirectory.SEARCHES_PER_ADDRESS; i++) {
            directory.search(new PublicSearch("Nulle-part", null), address);
        }

        assertThatThrownBy(() -> directory.search(PublicSearch.everyone(), address))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too-many-searches");
        assertThat(directory.search(new PublicSearch("Nulle-part", null), AccountFixtures.uniqueEmail("other")))
                .as("another address is not held back").isEmpty();
    }

    private void consent(Professional professional, Set<PublicField> fields) {
        fixtures.asCoordinator(() -> directory.recordConsent(professional.getId(),
                new ConsentDraft(fields, LocalDate.of(2025, 3, 4))));
    }
}
