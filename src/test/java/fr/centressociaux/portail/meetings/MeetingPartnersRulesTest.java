package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which partners a meeting may record, whatever register is plugged in — or none: an active
 * organisation, or one the meeting already records; without a register, meetings keep what they
 * have and name nobody.
 */
class MeetingPartnersRulesTest {

    private static final PartnerChoice CALAISIS = new PartnerChoice("mds-calaisis", "MDS du Calaisis", true);
    /** An organisation that left the register's choices but is still named. */
    private static final PartnerChoice FORMER = new PartnerChoice("ancienne", "Association dissoute", false);

    @Test
    void an_active_organisation_may_be_recorded_and_one_no_longer_offered_only_where_it_already_was() {
        MeetingPartners partners = new MeetingPartners(plugged(new Register(List.of(CALAISIS), List.of(FORMER))));
        Meeting attendedByFormer = meetingWith(List.of(FORMER.id()));

        assertThat(partners.available()).isTrue();
        assertThat(partners.allowed(List.of(CALAISIS.id()), null)).isTrue();
        assertThat(partners.allowed(List.of(FORMER.id()), null)).isFalse();
        assertThat(partners.allowed(List.of(CALAISIS.id(), FORMER.id()), attendedByFormer)).isTrue();
        assertThat(partners.allowed(List.of("inconnue"), attendedByFormer)).isFalse();
        assertThat(partners.namesOf(List.of(FORMER.id(), CALAISIS.id(), "inconnue")))
                .containsExactly("Association dissoute", "MDS du Calaisis");
    }

    @Test
    void without_a_register_meetings_record_no_new_partner_keep_theirs_and_name_none() {
        MeetingPartners partners = new MeetingPartners(new StaticListableBeanFactory().getBeanProvider(
                PartnerChoices.class));
        Meeting recorded = meetingWith(List.of(CALAISIS.id()));

        assertThat(partners.available()).isFalse();
        assertThat(partners.allowed(List.of(), null)).isTrue();
        assertThat(partners.allowed(List.of(CALAISIS.id()), null)).isFalse();
        assertThat(partners.allowed(List.of(CALAISIS.id()), recorded)).isTrue();
        assertThat(partners.namesOf(List.of(CALAISIS.id()))).isEmpty();
    }

    private static org.springframework.beans.factory.ObjectProvider<PartnerChoices> plugged(PartnerChoices register) {
        return new StaticListableBeanFactory(Map.of("register", register)).getBeanProvider(PartnerChoices.class);
    }

    private static Meeting meetingWith(List<String> partnerIds) {
        Meeting meeting = MeetingFixtures.unsaved("kind", "Assemblée", MeetingScope.network(), LocalDate.of(2025, 3, 4),
                List.of(Department.PAS_DE_CALAIS), List.of(), List.of());
        meeting.describe("kind", "Assemblée", meeting.getDate(), meeting.getStartTime(), meeting.getEndTime(),
                meeting.getPlace(), "", List.of(), null, meeting.getOrganiserName(), partnerIds);
        return meeting;
    }

    /** A register offering some organisations and naming those too. */
    private record Register(List<PartnerChoice> offered, List<PartnerChoice> formerly) implements PartnerChoices {

        @Override
        public List<PartnerChoice> active() {
            return offered;
        }

        @Override
        public Map<String, String> labels(Collection<String> ids) {
            return java.util.stream.Stream.concat(offered.stream(), formerly.stream())
                    .filter(choice -> ids.contains(choice.id()))
                    .collect(Collectors.toMap(PartnerChoice::id, PartnerChoice::label));
        }
    }
}
