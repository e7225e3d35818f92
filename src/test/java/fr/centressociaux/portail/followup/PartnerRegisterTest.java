package fr.centressociaux.portail.followup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register of partner organisations, the bodies that name their convener in it, and sitting minutes. */
@PortalTest
class PartnerRegisterTest {

    static final LocalDate DAY = LocalDate.of(2022, 3, 15);

    @Autowired
    PartnerOrganisations organisations;
    @Autowired
    PartnerBodies bodies;
    @Autowired
    FollowupFixtures fixtures;

    @BeforeEach
    void aDelegate() {
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));
    }

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void an_organisation_is_in_the_register_once_whatever_its_spelling() {
        organisations.create(new PartnerOrganisationDraft("MDS du Boulonnais test", PartnerKind.MDS,
                Department.PAS_DE_CALAIS, "Boulogne-sur-Mer, Outreau"));

        assertThatThrownBy(() -> organisations.create(new PartnerOrganisationDraft("mds du boulonnais TEST",
                PartnerKind.MDS, Department.PAS_DE_CALAIS, ""))).isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.organisation.exists"));
    }

    @Test
    void a_body_names_its_convener_from_the_register_and_an_unknown_one_is_refused() {
        PartnerOrganisation caf = organisations.create(new PartnerOrganisationDraft("CAF test du registre",
                PartnerKind.CAF, Department.PAS_DE_CALAIS, ""));
        long before = bodies.count();

        assertThatThrownBy(() -> bodies.create(new PartnerBodyDraft("Comité sans organisateur connu",
                BodyLevel.NATIONAL, null, "", "inconnu"))).isInstanceOf(InvalidInputException.class);
        assertThat(bodies.count()).as("nothing saved").isEqualTo(before);

        PartnerBody body = bodies.create(new PartnerBodyDraft("Comité du registre", BodyLevel.NATIONAL, null, "",
                caf.getId()));
        assertThat(body.getConvenerId()).isEqualTo(caf.getId());
    }

    @Test
    void minutes_are_kept_when_they_are_really_a_pdf_and_a_renamed_text_file_is_refused_with_nothing_saved() {
        PartnerBody body = bodies.create(new PartnerBodyDraft("Instance aux comptes rendus", BodyLevel.NATIONAL,
                null, ""));
        SittingDraft sitting = new SittingDraft(DAY, "Une déléguée", "Budget");

        assertThatThrownBy(() -> bodies.addSitting(body.getId(), body.getVersion(), sitting,
                new PartnerBodies.UploadedFile("compte-rendu.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.minutes.type"));

        byte[] pdf = "%PDF-1.4\n% compte rendu\n".getBytes(StandardCharsets.US_ASCII);
        PartnerBody attended = bodies.addSitting(body.getId(), body.getVersion(), sitting,
                new PartnerBodies.UploadedFile("CR séance.pdf", pdf));
        assertThat(attended.getSittings()).as("only the good sitting").hasSize(1);
        MinutesFile minutes = attended.getSittings().getFirst().minutes();
        FileDownload download = bodies.minutes(body.getId(), minutes.fileId());
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.name()).isEqualTo("CR séance.pdf");
    }
}
