package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisationDraft;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The partner organisations present at a meeting, with the follow-up's register plugged in: chosen
 * by its managers from the register, checked by the service (nothing saved when one is unknown),
 * kept by id and named for whoever reads the meeting.
 */
@PortalTest
class MeetingPartnersTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPartners partners;
    @Autowired
    PartnerOrganisations register;
    @Autowired
    MeetingFixtures fixtures;

    Centre invited;
    Meeting meeting;
    String mds;
    String caf;
    String mdsName;

    @BeforeEach
    void aMeetingOfLittoral62AndTwoOrganisationsOfTheRegister() {
        int year = today().getYear();
        invited = fixtures.centre("LIT62", year - 1, year, year + 1);
        meeting = fixtures.territoryMeeting(fixtures.newKind().getId(), "LIT62", today().plusDays(12));
        int n = MeetingFixtures.next();
        mdsName = "MDS du Montreuillois " + n;
        mds = fixtures.asAdmin(() -> register.create(new PartnerOrganisationDraft(mdsName, PartnerKind.MDS,
                Department.PAS_DE_CALAIS, "Montreuil, Berck"))).getId();
        caf = fixtures.asAdmin(() -> register.create(new PartnerOrganisationDraft("CAF d’essai " + n, PartnerKind.CAF,
                Department.PAS_DE_CALAIS, ""))).getId();
    }

    @Test
    void the_delegate_of_the_territory_records_the_partners_present_each_once_and_the_change_is_audited() {
        Account delegate = fixtures.delegateOf("LIT62");
        AccountFixtures.actAs(delegate);

        Meeting saved = meetings.update(meeting.getId(), meeting.getVersion(),
                MeetingDraft.of(meeting).withPartners(List.of(mds, caf, mds)));

        assertThat(saved.getPartnerIds()).containsExactly(mds, caf);
        assertThat(saved.getModifiedBy()).isEqualTo(delegate.getEmail());
        assertThat(partners.choicesKeeping(List.of())).extracting(PartnerChoice::id, PartnerChoice::mds)
                .contains(tuple(mds, true), tuple(caf, false));
    }

    @Test
    void the_director_of_an_invited_centre_reads_the_names_of_the_partners_present() {
        fixtures.asAdmin(() -> meetings.update(meeting.getId(), meeting.getVersion(),
                MeetingDraft.of(meeting).withPartners(List.of(mds))));
        AccountFixtures.actAs(fixtures.directorOf(invited));

        assertThat(partners.namesOf(meetings.get(meeting.getId()))).containsExactly(mdsName);
    }

    @Test
    void an_organisation_the_register_does_not_hold_is_refused_next_to_the_field_and_nothing_is_saved() {
        MeetingDraft changed = new MeetingDraft(meeting.getKindId(), "Titre changé", meeting.getScope(),
                meeting.getDate(), meeting.getStartTime(), meeting.getEndTime(), meeting.getPlace(),
                meeting.getAgenda(), List.of(), null, meeting.getOrganiserName(), List.of(mds, "organisation-inconnue"));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> meetings.update(meeting.getId(), meeting.getVersion(), changed)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("partnerIds",
                                "Une des organisations choisies n’est pas (ou plus) au répertoire des partenaires : "
                                        + "choisissez-les de nouveau dans la liste.")));
        Meeting stored = fixtures.asAdmin(() -> meetings.get(meeting.getId()));
        assertThat(stored.getTitle()).isEqualTo(meeting.getTitle());
        assertThat(stored.getPartnerIds()).isEmpty();
        assertThat(stored.getVersion()).isEqualTo(meeting.getVersion());
    }

    @Test
    void a_new_meeting_may_record_its_partners_from_the_start() {
        MeetingDraft draft = MeetingFixtures.draft(meeting.getKindId(), meeting.getScope(), today().plusDays(30))
                .withPartners(List.of(caf));

        Meeting created = fixtures.asAdmin(() -> meetings.create(draft, false));

        assertThat(created.getPartnerIds()).containsExactly(caf);
    }

    @Test
    void someone_who_may_not_edit_the_meeting_cannot_set_its_partners() {
        MeetingDraft withMds = MeetingDraft.of(meeting).withPartners(List.of(mds));

        AccountFixtures.actAs(fixtures.delegateOf("AA62"));
        assertThatThrownBy(() -> meetings.update(meeting.getId(), meeting.getVersion(), withMds))
                .isInstanceOf(AccessDeniedException.class);
        AccountFixtures.actAs(fixtures.directorOf(invited));
        assertThatThrownBy(() -> meetings.update(meeting.getId(), meeting.getVersion(), withMds))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.asAdmin(() -> meetings.get(meeting.getId())).getPartnerIds()).isEmpty();
    }

    @Test
    void a_second_organiser_saving_what_they_opened_before_the_first_saved_is_told_and_the_first_partners_stay() {
        long opened = meeting.getVersion();
        fixtures.asAdmin(() -> meetings.update(meeting.getId(), opened, MeetingDraft.of(meeting)
                .withPartners(List.of(mds))));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> meetings.update(meeting.getId(), opened,
                MeetingDraft.of(meeting).withPartners(List.of(caf)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(fixtures.asAdmin(() -> meetings.get(meeting.getId())).getPartnerIds()).containsExactly(mds);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
