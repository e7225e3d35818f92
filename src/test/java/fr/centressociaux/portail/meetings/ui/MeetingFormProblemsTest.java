package fr.centressociaux.portail.meetings.ui;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Whatever the service refuses in a meeting form, the form has a field to show it next to, and the
 * message exists in French: a refusal never ends as a message without its field.
 */
@PortalTest
class MeetingFormProblemsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingTerms terms;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void signInAsAnAdmin() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void every_field_the_service_refuses_has_its_place_in_the_form() {
        String kind = terms.active(TermType.KIND).getFirst().getId();
        String merged = territories.byCode("ABM62").orElseThrow().getId();
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(refused(new MeetingDraft(null, " ", null, null, null, null, "", "", List.of(), null, " ")));
        problems.addAll(refused(new MeetingDraft(kind, "Réunion", MeetingScope.territory(merged),
                LocalDate.of(2025, 3, 1), LocalTime.of(18, 0), LocalTime.of(17, 0), "Arras", "x".repeat(20_001),
                List.of("no-such-subject"), null, "Équipe").withPartners(List.of("no-such-partner"))));
        problems.addAll(refused(new MeetingDraft("no-such-kind", "Réunion", MeetingScope.network(),
                LocalDate.of(1999, 3, 1), LocalTime.of(9, 0), LocalTime.of(12, 0), "Arras", "", List.of(), null,
                "x".repeat(151))));

        // The form binds every component of the draft (its binder writes the record), so each has its field.
        List<String> bound = Arrays.stream(MeetingDraft.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("organiserId")).toList();
        assertThat(problems).extracting(FieldProblem::field).containsAll(bound);
        assertThat(problems).allSatisfy(problem -> {
            assertThat(bound).contains(problem.field());
            assertThat(problem.message()).isNotBlank().doesNotContain("{");
        });
    }

    private List<FieldProblem> refused(MeetingDraft draft) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> meetings.create(draft, false));
        assertThat(refusal).as("the draft is refused").isNotNull();
        return refusal.problems();
    }
}
