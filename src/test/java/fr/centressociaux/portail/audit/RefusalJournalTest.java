package fr.centressociaux.portail.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.centres.RegistrationService;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingDocuments;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.RefusedFileException;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refusals are events of their own in the security journal (issue 17 §13): an object or an
 * operation a service refused, a page the navigation refused, a file refused for its content; each
 * once, with who asked and what they named.
 */
@PortalTest
class RefusalJournalTest {

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    MeetingDocuments documents;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AuditEntryRepository entries;

    AuditTrail journal;
    Meeting littoralMeeting;
    Account delegateOfCambresis;

    @BeforeEach
    void aMeetingOfTheLittoralAndADelegateOfAnotherTerritory() {
        journal = new AuditTrail(entries);
        littoralMeeting = fixtures.territoryMeeting(fixtures.newKind().getId(), "LIT62", LocalDate.now().plusDays(5));
        delegateOfCambresis = fixtures.delegateOf("CAMB");
    }

    @Test
    void a_meeting_of_another_territory_asked_for_by_id_is_journaled_as_a_refused_access() {
        AccountFixtures.actAs(delegateOfCambresis);

        assertThatThrownBy(() -> meetings.get(littoralMeeting.getId())).isInstanceOf(AccessDeniedException.class);

        assertThat(journal.of(AuditEventType.ACCESS_REFUSED, "MeetingService.get(" + littoralMeeting.getId() + ")"))
                .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo(delegateOfCambresis.getEmail()));
    }

    @Test
    void a_refusal_passing_through_nested_services_is_one_event_named_after_the_operation_asked_for() {
        AccountFixtures.actAs(delegateOfCambresis);

        assertThatThrownBy(() -> checkIn.link(littoralMeeting.getId())).isInstanceOf(AccessDeniedException.class);

        assertThat(journal.of(AuditEventType.ACCESS_REFUSED, "MeetingCheckIn.link(" + littoralMeeting.getId() + ")"))
                .hasSize(1);
        assertThat(journal.of(AuditEventType.ACCESS_REFUSED, "MeetingService.get(" + littoralMeeting.getId() + ")"))
                .isEmpty();
    }

    @Test
    void an_operation_refused_to_the_role_is_journaled_too() {
        Account director = fixtures.directorOf(fixtures.centre("LIT62", LocalDate.now().getYear()));
        AccountFixtures.actAs(director);

        assertThatThrownBy(() -> registrations.pending()).isInstanceOf(AccessDeniedException.class);

        assertThat(journal.of(AuditEventType.ACCESS_REFUSED, "RegistrationService.pending()")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(director.getEmail()));
    }

    @Test
    void a_signed_sheet_that_is_no_pdf_nor_image_is_journaled_as_a_refused_upload() {
        AccountFixtures.actAs(fixtures.admin());
        byte[] script = "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> documents.keepSignedSheet(littoralMeeting.getId(), "feuille.pdf", script))
                .isInstanceOf(RefusedFileException.class);

        List<AuditEntry> refused = journal.of(AuditEventType.UPLOAD_REFUSED,
                "MeetingDocuments.keepSignedSheet(" + littoralMeeting.getId() + ", feuille.pdf, …)");
        assertThat(refused).singleElement().satisfies(entry -> assertThat(entry.detail()).isEqualTo(
                "meeting.file.sheet-type"));
    }

}
