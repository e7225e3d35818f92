package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.newsletter.ContactDraft;
import fr.centressociaux.portail.newsletter.IssueDraft;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterIssue;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.newsletter.Segment;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.support.SmtpRelay;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter in a real Chromium, mailed through the portal's real SMTP server (GreenMail):
 * staff compose an issue with a meetings block, preview it, send it to a list and watch the
 * progress reach every recipient; a recipient follows the unsubscribe link of their mail, leaves
 * the list, and is not mailed the next issue while the other reader is.
 */
@PortalTest
@TestPropertySource(properties = {"vaadin.devmode.devTools.enabled=false", "portal.mail-outbox.poll-interval=200ms",
    "portal.newsletter.poll-interval=200ms"})
class NewsletterJourneyTest {

    private static final Pattern PREFERENCES_LINK = Pattern.compile("https?://[^\\s/]+(/lettre/preferences/\\S+)");

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    ObjectProvider<GreenMail> smtp;
    @Autowired
    NewsletterSubscribers subscribers;
    @Autowired
    NewsletterIssues issues;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Clock clock;

    @Test
    void staff_send_an_issue_with_the_meetings_to_a_list_and_a_reader_who_unsubscribes_is_not_mailed_the_next()
            throws Exception {
        Account staff = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(staff);
        String listName = "Lettre des bénévoles " + System.nanoTime() % 100_000;
        MailingList list = subscribers.createList(listName, "Pour les bénévoles des centres.", false);
        String leaving = AccountFixtures.uniqueEmail("agathe.morel");
        String staying = AccountFixtures.uniqueEmail("bruno.vasseur");
        subscribers.addContact(new ContactDraft("Agathe Morel", leaving, "Présidente", null, Set.of(list.getId())));
        subscribers.addContact(new ContactDraft("Bruno Vasseur", staying, "Trésorier", null, Set.of(list.getId())));
        Meeting assembly = meetings.meeting(meetings.newKind().getId(), MeetingScope.network(),
                LocalDate.now(clock).plusDays(5));
        AccountFixtures.actAsNobody();

        Page office = browser.newPage();
        Pages.signIn(office, staff.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/lettre-information/numero/nouveau");
        String subject = "La lettre des bénévoles " + System.nanoTime() % 100_000;
        office.getByLabel("Objet").fill(subject);
        office.getByLabel("Rubrique 1").fill("## Le mot du président\n\nBonne **rentrée** à toutes et à tous.");
        // The preview is the mail as readers will get it, as HTML and as plain text.
        office.getByText("Aperçu texte").click();
        Locator textPreview = office.locator("pre.newsletter-text");
        assertThat(textPreview).containsText("Bonne rentrée à toutes et à tous.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Insérer les réunions à venir")).click();
        assertThat(office.getByLabel("Rubrique 2")).hasValue(Pattern.compile(
                // The browser reads the pattern as a JavaScript one: no \Q…\E quoting there.
                assembly.getTitle().replaceAll("[^\\p{L}\\p{N} ]", ".")));
        assertThat(textPreview).containsText(assembly.getTitle());
        assertThat(textPreview).containsText("Bonne rentrée à toutes et à tous.");
        assertThat(office.frameLocator("iframe[title='Aperçu HTML']").locator("strong").first()).hasText("rentrée");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(office).hasURL(Pattern.compile("/lettre-information/numero/[0-9a-f]{24}$"));
        browser.screenshot(office, "newsletter-compose-laptop");

        Pages.choose(office, "Liste", listName);
        assertThat(office.getByText("2 destinataire(s) confirmé(s) recevraient ce numéro.")).isVisible();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer maintenant")).click();
        office.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Envoyer maintenant")).click();
        // The page follows the sending on its own (it polls): the count reaches the audience.
        assertThat(office.getByText(Pattern.compile("^2 envoyé\\(s\\) sur 2"))).isVisible();
        browser.screenshot(office, "newsletter-progress-laptop");

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, staff.getEmail(), AccountFixtures.PASSWORD);
        phone.navigate(office.url());
        Locator progress = phone.getByText(Pattern.compile("^2 envoyé\\(s\\) sur 2"));
        assertThat(progress).isVisible();
        Pages.assertFitsTheScreenWidth(phone);
        // The layout scrolls inside itself: bring the progress into the phone's screen for the picture.
        progress.scrollIntoViewIfNeeded();
        browser.screenshot(phone, "newsletter-progress-phone");

        MimeMessage mail = theMail(subject, leaving);
        assertThat(text(mail)).contains(assembly.getTitle());
        Matcher link = PREFERENCES_LINK.matcher(text(mail));
        assertThat(link.find()).as("the mail carries the reader's own unsubscribe link").isTrue();

        Page reader = browser.newPhonePage(390, 844);
        reader.navigate(link.group(1));
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me désinscrire de « " + listName + " »"))
                .click();
        assertThat(reader.getByText("C’est fait : vous ne recevrez plus ces envois.")).isVisible();
        browser.screenshot(reader, "newsletter-unsubscribed-phone");

        AccountFixtures.actAs(staff);
        NewsletterIssue next = issues.create(new IssueDraft(subject + " — suite", "", List.of("La suite.")));
        issues.schedule(next.getId(), next.getVersion(), Segment.wholeList(list.getId()), null);
        SmtpRelay.await("the next issue mailed", () -> received(next.getSubject()).size() == 1
                && issues.report(next.getId()).settled() == 1);
        assertThat(received(next.getSubject())).extracting(NewsletterJourneyTest::recipient).containsExactly(staying);
    }

    private MimeMessage theMail(String subject, String to) {
        SmtpRelay.await("the issue mailed to " + to, () -> received(subject).stream()
                .anyMatch(mail -> recipient(mail).equals(to)));
        return received(subject).stream().filter(mail -> recipient(mail).equals(to)).findFirst().orElseThrow();
    }

    private List<MimeMessage> received(String subject) {
        return Arrays.stream(smtp.getObject().getReceivedMessages()).filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
