package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly figures count the records of the year and department, each figure with the records
 * behind it. This class works on 2012, 2018 and 2019, which no other test records anything in.
 */
@PortalTest
class FollowupFiguresTest {

    static final int YEAR = 2019;
    static final LocalDate DAY = LocalDate.of(YEAR, 5, 2);
    static final int THEMES_YEAR = 2012;

    @Autowired
    FollowupFigures figures;
    @Autowired
    Senacs senacs;
    @Autowired
    PartnerBodies bodies;
    @Autowired
    FollowupFixtures fixtures;
    @Autowired
    FollowupService followup;
    @Autowired
    SupportThemeRepository themeStore;

    @Test
    void supports_are_counted_by_centre_and_by_action_in_the_department_of_their_centre() {
        Centre calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR));
        Centre arques = fixtures.centre("AA62", "62510", "Arques", member(YEAR));
        Centre dunkerque = fixtures.centre("FLM", "59140", "Dunkerque", member(YEAR));
        fixtures.record(calais, FollowupFixtures.confidential(SupportKind.DIFFICULTY, DAY));
        fixtures.record(calais, FollowupFixtures.confidential(SupportKind.WATCH_CELL, DAY.plusDays(3)));
        fixtures.record(arques, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
        fixtures.record(arques, withMds(SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY.plusMonths(1))));
        fixtures.record(arques, FollowupFixtures.thematic("nutrition", DAY));
        fixtures.record(dunkerque, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
        fixtures.record(calais, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY.withYear(YEAR + 1)));

        FollowupYear year = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));

        assertThat(year.value("difficulty.centres")).isEqualTo(1);
        assertThat(year.value("supports.actions.DIFFICULTY") + year.value("supports.actions.WATCH_CELL")).isEqualTo(2);
        assertThat(year.value("renewal.centres")).isEqualTo(1);
        assertThat(year.value("supports.actions.PROJECT_RENEWAL")).isEqualTo(2);
        assertThat(year.value("mds.in-renewals")).isEqualTo(1);
        assertThat(year.value("thematic.actions.nutrition")).isEqualTo(1);
        assertThat(year.value("prefiguration.actions")).isZero();
        assertThat(year.figure("renewal.centres").orElseThrow().records()).extracting(Figure.Line::centreId)
                .containsOnly(arques.getId()).hasSize(2);
    }

    @Test
    void the_senacs_rate_is_the_members_of_the_year_that_submitted_out_of_all_members_of_the_year() {
        Centre submitted = fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        Centre validated = fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        Centre started = fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        fixtures.asAdmin(() -> senacs.setStatus(submitted.getId(), YEAR, SenacsStatus.SUBMITTED));
        fixtures.asAdmin(() -> senacs.setStatus(validated.getId(), YEAR, SenacsStatus.VALIDATED));
        fixtures.asAdmin(() -> senacs.setStatus(started.getId(), YEAR, SenacsStatus.IN_PROGRESS));

        Figure rate = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS)).figure("senacs.complete")
                .orElseThrow();

        assertThat(rate.value()).isEqualTo(2);
        assertThat(rate.outOf()).isGreaterThanOrEqualTo(4);
        assertThat(rate.records()).extracting(Figure.Line::centreId).contains(submitted.getId(), validated.getId())
                .doesNotContain(started.getId());
        assertThat(fixtures.asAdmin(() -> senacs.missing(YEAR, Department.PAS_DE_CALAIS)))
                .extracting(Senacs.Missing::centreId).contains(started.getId())
                .doesNotContain(submitted.getId(), validated.getId());
    }

    @Test
    void centres_joined_and_left_give_the_change_in_coverage_with_their_reasons() {
        Centre joined = fixtures.centre("AA62", "62500", "Saint-Omer", member(YEAR));
        Centre left = fixtures.centre("BM62", "62800", "Liévin", member(YEAR - 1),
                new MembershipYear(YEAR, MembershipStatus.MEMBER, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30),
                        "Décision de la ville"));

        FollowupYear year = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));

        assertThat(year.figure("coverage.joined").orElseThrow().records()).extracting(Figure.Line::centreId)
                .contains(joined.getId()).doesNotContain(left.getId());
        assertThat(year.figure("coverage.left").orElseThrow().records())
                .filteredOn(line -> left.getId().equals(line.centreId())).singleElement()
                .satisfies(line -> assertThat(line.what()).isEqualTo("Décision de la ville"));
        assertThat(year.value("coverage.change"))
                .isEqualTo(year.value("coverage.joined") - year.value("coverage.left"));
    }

    @Test
    void partner_body_sittings_count_in_their_department_and_national_ones_everywhere() {
        fixtures.asAdmin(() -> {
            PartnerBody departmental = bodies.create(new PartnerBodyDraft("Comité test 62", BodyLevel.DEPARTMENTAL,
                    Department.PAS_DE_CALAIS, "Membre"));
            bodies.addSitting(departmental.getId(), departmental.getVersion(), new SittingDraft(DAY, "Une déléguée", ""));
            PartnerBody national = bodies.create(new PartnerBodyDraft("Réseau test", BodyLevel.NATIONAL, null, ""));
            bodies.addSitting(national.getId(), national.getVersion(), new SittingDraft(DAY, "Un délégué", ""));
            PartnerBody nord = bodies.create(new PartnerBodyDraft("Comité test 59", BodyLevel.DEPARTMENTAL,
                    Department.NORD, ""));
            return bodies.addSitting(nord.getId(), nord.getVersion(), new SittingDraft(DAY, "Un délégué", ""));
        });

        FollowupYear year = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));

        assertThat(year.figure("bodies.sittings").orElseThrow().records()).extracting(Figure.Line::centreOrBody)
                .contains("Comité test 62", "Réseau test").doesNotContain("Comité test 59");
    }

    @Test
    void the_funder_reads_the_counts_of_its_department_without_the_records_behind_them() {
        // A year of its own: the other tests' records of 2019 must not change what is counted here.
        Centre calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR - 1));
        fixtures.record(calais, FollowupFixtures.confidential(SupportKind.DIFFICULTY, DAY.withYear(YEAR - 1)));
        AccountFixtures.actAs(fixtures.active(Role.FUNDER));

        FollowupYear year = figures.of(YEAR - 1, Department.PAS_DE_CALAIS);

        assertThat(year.value("difficulty.centres")).isEqualTo(1);
        assertThat(year.figures()).allSatisfy(figure -> assertThat(figure.records()).isEmpty());
    }

    @Test
    void a_theme_staff_add_is_listed_at_once_though_the_themes_are_kept_in_memory() {
        fixtures.asAdmin(() -> figures.of(THEMES_YEAR, Department.PAS_DE_CALAIS));
        fixtures.asAdmin(() -> followup.addTheme("sport-sante", "Sport santé"));

        FollowupYear year = fixtures.asAdmin(() -> figures.of(THEMES_YEAR, Department.PAS_DE_CALAIS));

        assertThat(year.figure("thematic.actions.sport-sante")).hasValueSatisfying(figure -> {
            assertThat(figure.value()).isZero();
            assertThat(figure.label()).contains("Sport santé");
        });
    }

    @Test
    void a_theme_another_instance_added_is_counted_as_soon_as_an_action_names_it() {
        fixtures.asAdmin(() -> figures.of(THEMES_YEAR, Department.PAS_DE_CALAIS));
        // Written as another instance of the portal would: this one's themes in memory are not told.
        themeStore.save(new SupportTheme("jardins", "Jardins partagés"));
        Centre arques = fixtures.centre("AA62", "62510", "Arques", member(THEMES_YEAR));
        fixtures.record(arques, FollowupFixtures.thematic("jardins", DAY.withYear(THEMES_YEAR)));

        FollowupYear year = fixtures.asAdmin(() -> figures.of(THEMES_YEAR, Department.PAS_DE_CALAIS));

        assertThat(year.value("thematic.actions.jardins")).isEqualTo(1);
    }

    private static SupportDraft withMds(SupportDraft draft) {
        return new SupportDraft(draft.kind(), null, null, null, draft.startedOn(), null, "", "",
                Set.of(PartnerKind.MDS), "MDS test", "", "", null, SupportStatus.OPEN, "", false);
    }
}
