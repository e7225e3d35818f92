package fr.centressociaux.portail.centres;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The membership of one year as the yearly figures count it, from one read of the centres: the
 * centres that were members during the year, and those that joined or left in it.
 */
public record MembershipOfYear(int year, List<Member> members, List<MembershipMovement> movements) {

    public MembershipOfYear {
        members = List.copyOf(members);
        movements = List.copyOf(movements);
    }

    /** A centre that was a member for some of the year, with the territory it belonged to on 30 June. */
    public record Member(String centreId, String centreName, @Nullable String territoryAtMidYear) {
    }
}
