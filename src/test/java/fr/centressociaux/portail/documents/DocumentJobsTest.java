package fr.centressociaux.portail.documents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Funders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents prepared in the background: the one who asked follows the progress to the end and
 * downloads the file, nobody else can; twenty people asking at once are queued up to the bound and
 * the others told to try again, never piling up; an empty year gives a document saying so.
 */
@PortalTest
class DocumentJobsTest {

    @Autowired
    DocumentJobs jobs;
    @Autowired
    ConventionService conventions;
    @Autowired
    Funders funders;
    @Autowired
    AccountFixtures accounts;

    Account requester;
    Convention convention;

    @BeforeEach
    void aConventionWithAnEmptyYear() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        convention = DocumentFixtures.emptyConvention(conventions, funders);
        requester = accounts.active(Role.DELEGATE);
        AccountFixtures.actAs(requester);
    }

    @Test
    void the_requester_follows_the_document_to_the_end_and_downloads_it_and_nobody_else_can() {
        String job = jobs.bilan(convention.getId(), DocumentFixtures.EMPTY_YEAR, DocumentFormat.PDF);

        FileDownload file = awaitFile(job);

        assertThat(jobs.status(job).progress()).isEqualTo(1.0);
        assertThat(file.name()).isEqualTo("bilan-2029.pdf");
        assertThat(DocumentsReadBack.pdfText(file.content()))
                .contains("Aucune donnée n’est enregistrée pour 2029");
        AccountFixtures.actAs(accounts.active(Role.DELEGATE));
        assertThatThrownBy(() -> jobs.download(job)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.status(job)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void asking_again_for_the_same_document_gives_the_same_job() {
        String first = jobs.bilan(convention.getId(), DocumentFixtures.EMPTY_YEAR, DocumentFormat.DOCX);

        assertThat(jobs.bilan(convention.getId(), DocumentFixtures.EMPTY_YEAR, DocumentFormat.DOCX)).isEqualTo(first);
        awaitFile(first);
    }

    @Test
    void twenty_people_asking_at_once_are_queued_up_to_the_bound_and_the_others_told_to_try_again() {
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(accounts.active(Role.DELEGATE));
        }
        List<Map.Entry<Account, String>> accepted = new ArrayList<>();
        int refused = 0;
        for (Account person : people) {
            AccountFixtures.actAs(person);
            try {
                accepted.add(Map.entry(person, jobs.bilan(convention.getId(), DocumentFixtures.EMPTY_YEAR,
                        DocumentFormat.XLSX)));
            } catch (UserFacingException busy) {
                assertThat(busy.messageKey()).isEqualTo("documents.job.busy");
                refused++;
            }
        }

        assertThat(accepted.size()).as("one running and the queue").isBetween(1, DocumentJobs.QUEUE + 1);
        assertThat(refused).isEqualTo(20 - accepted.size()).isPositive();
        for (Map.Entry<Account, String> job : accepted) {
            AccountFixtures.actAs(job.getKey());
            assertThat(awaitFile(job.getValue()).content()).isNotEmpty();
        }
    }

    private FileDownload awaitFile(String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jobs.status(job).stage() != DocumentJobs.Stage.READY) {
            assertThat(jobs.status(job).stage()).isNotEqualTo(DocumentJobs.Stage.FAILED);
            assertThat(System.nanoTime()).as("ready within a minute").isLessThan(deadline);
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return jobs.download(job);
    }
}
