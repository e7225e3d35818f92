package fr.centressociaux.portail.newsletter;

import java.nio.charset.StandardCharsets;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contacts imported from a file: a preview lists every bad row with its reason, and the import
 * writes all rows or none.
 */
@PortalTest
class ContactImportTest {

    @Autowired
    ContactImport imports;
    @Autowired
    NewsletterSubscribers subscribers;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;

    MailingList list;
    Centre centre;

    @BeforeEach
    void staffWithAListAndACentre() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        list = subscribers.createList("Import " + System.nanoTime(), "", false);
        centre = centres.create(CentreFixtures.profile("Centre social Les Oyats " + System.nanoTime(), "62100",
                "Calais"), "LIT62");
    }

    @Test
    void every_bad_row_is_listed_with_its_reason_and_nothing_is_imported() {
        String good = AccountFixtures.uniqueEmail("bon");
        byte[] file = csv("nom;email;fonction;centre",
                "Claire Lemaire;" + good + ";Présidente;" + centre.getProfile().name(),
                "Adresse Fausse;a@b;;",
                "Centre Inconnu;" + AccountFixtures.uniqueEmail("inconnu") + ";;Centre social Nulle Part",
                "Claire Encore;" + good.toUpperCase() + ";;");

        ContactImportPreview preview = imports.preview(list.getId(), file);

        assertThat(preview.rows()).extracting(ContactImportPreview.Row::line).containsExactly(2, 3, 4, 5);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::field).containsExactly("email");
        assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::message)
                .containsExactly("Centre inconnu : « Centre social Nulle Part ».");
        assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("newsletter.import.duplicate");
        assertThatThrownBy(() -> imports.apply(list.getId(), file)).isInstanceOf(UserFacingException.class);
        assertThat(subscribers.byEmail(good)).isEmpty();
    }

    @Test
    void a_clean_file_puts_every_contact_on_the_list_with_its_centre_and_consent() {
        String first = AccountFixtures.uniqueEmail("premier");
        String second = AccountFixtures.uniqueEmail("second");
        byte[] file = csv("Nom,Email,Fonction,Centre", "Rémi Faure," + first + ",Trésorier," + centre.getProfile().name(),
                "Anne Partenaire," + second + ",,");

        int imported = imports.apply(list.getId(), file);

        assertThat(imported).isEqualTo(2);
        assertThat(subscribers.count(Segment.wholeList(list.getId()))).isEqualTo(2);
        Subscriber remi = subscribers.byEmail(first).orElseThrow();
        assertThat(remi.getCentreId()).isEqualTo(centre.getId());
        assertThat(remi.subscription(list.getId())).hasValueSatisfying(s ->
                assertThat(s.consentHow()).isEqualTo(ConsentSource.IMPORT));
        assertThat(subscribers.byEmail(second).orElseThrow().getCentreId()).isNull();
    }

    @Test
    void a_director_cannot_import() {
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR));
        assertThatThrownBy(() -> imports.preview(list.getId(), csv("nom;email", "A;a@example.org")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
