package fr.centressociaux.portail.news;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff publish, change and delete news items; what they type is checked and nothing in it runs. */
@PortalTest
class NewsItemsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Autowired
    NewsItems news;
    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void staff() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void a_published_item_is_stored_tidy_and_listed_newest_first() {
        NewsItem older = news.publish(draft("  Assemblée générale  ", DAY.minusDays(400), " https://example.org/ag "));
        NewsItem newer = news.publish(draft("Rencontre des directeurs", DAY.plusYears(5), ""));

        assertThat(older.getTitle()).isEqualTo("Assemblée générale");
        assertThat(older.getLink()).isEqualTo("https://example.org/ag");
        assertThat(newer.getLink()).as("no link typed, none stored").isNull();
        assertThat(news.page(PageRequest.of(0, 1))).extracting(NewsItem::getId).containsExactly(newer.getId());
    }

    @Test
    void a_title_is_required_and_limited_in_length() {
        assertThatThrownBy(() -> news.publish(draft("   ", DAY, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "Ce champ est obligatoire.")));
        assertThatThrownBy(() -> news.publish(draft("x".repeat(NewsDraft.MAX_TITLE + 1), DAY, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::message).containsExactly("Pas plus de 150 caractères."));
    }

    @Test
    void a_link_must_be_a_web_address() {
        for (String refused : new String[] {"javascript:alert(1)", "ftp://example.org/fichier", "www.example.org",
            "https://example.org/a b"}) {
            assertThatThrownBy(() -> news.publish(draft("Lien " + refused, DAY, refused)))
                    .as(refused).isInstanceOfSatisfying(InvalidInputException.class,
                            refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field, FieldProblem::message)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple("link",
                                            "Saisissez une adresse web complète, commençant par https:// ou http://.")));
        }
        assertThat(news.publish(draft("Lien simple", DAY, "http://example.org/page?x=1")).getLink())
                .isEqualTo("http://example.org/page?x=1");
    }

    @Test
    void a_script_in_the_text_is_shown_as_text_and_never_runs() {
        NewsItem item = news.publish(new NewsDraft("Piège", DAY,
                "Bonjour <script>alert('x')</script> et [clic](javascript:alert(2)) **fin**", "", NewsSource.FEDERATION));

        assertThat(item.safeHtml()).doesNotContain("<script").doesNotContain("javascript:")
                .contains("<strong>fin</strong>");
    }

    @Test
    void a_change_needs_the_version_that_was_read_and_a_deleted_item_is_gone() {
        NewsItem item = news.publish(draft("Version 1", DAY, ""));
        NewsItem changed = news.update(item.getId(), item.getVersion(), draft("Version 2", DAY, ""));

        assertThat(changed.getTitle()).isEqualTo("Version 2");
        assertThatThrownBy(() -> news.update(item.getId(), item.getVersion(), draft("Version 3", DAY, "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
        news.delete(item.getId());
        assertThatThrownBy(() -> news.get(item.getId())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_items_of_a_period_are_read_by_source_both_days_included() {
        LocalDate monday = LocalDate.of(2031, 3, 3);
        NewsItem first = news.publish(draft("Lundi", monday, ""));
        NewsItem last = news.publish(draft("Dimanche", monday.plusDays(6), ""));
        news.publish(draft("Lundi suivant", monday.plusDays(7), ""));
        NewsItem departement = news.publish(new NewsDraft("Du Département", monday.plusDays(2), "", "",
                NewsSource.DEPARTEMENT));

        assertThat(news.dated(NewsSource.FEDERATION, monday, monday.plusDays(6))).extracting(NewsItem::getId)
                .containsExactly(first.getId(), last.getId());
        assertThat(news.dated(NewsSource.DEPARTEMENT, monday, monday.plusDays(6))).extracting(NewsItem::getId)
                .containsExactly(departement.getId());
    }

    private static NewsDraft draft(String title, LocalDate date, String link) {
        return new NewsDraft(title, date, "Le texte de **l’actualité**.", link, NewsSource.FEDERATION);
    }
}
