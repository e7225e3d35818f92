package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.meetings.StandardKind;

/**
 * The yearly figures of fiche action 3 the module computes. French labels are
 * {@code promeneurs.measure.<NAME>}; a figure split by territory, kind of structure or kind of
 * event carries the split in its qualifier.
 */
public enum PromeneursMeasure {
    LABELLED_AT_YEAR_START,
    LABELLED_AT_YEAR_END,
    NEWLY_LABELLED,
    LEFT,
    /** Left in the year, per reason (qualifier: {@link LeavingReason}). */
    LEFT_BY_REASON,
    /** Left in the year ÷ labelled at the start of the year, in percent. */
    TURNOVER_RATE,
    /** Labelled at the end of the year employed by a member centre ÷ all labelled then, in percent. */
    SHARE_IN_MEMBER_CENTRES,
    /** Labelled at the end of the year, per territory (qualifier: territory id) then. */
    LABELLED_BY_TERRITORY,
    /** Labelled at the end of the year, per kind of employer (qualifier: {@link StructureKind}). */
    LABELLED_BY_STRUCTURE_KIND,
    /** Distinct employers (member centres and other structures) of those labelled at the end of the year. */
    EMPLOYERS,
    /** Territories with at least one professional labelled at the end of the year. */
    TERRITORIES_COVERED,
    /** The network's events, per kind (qualifier: one of {@link #EVENT_KINDS}). */
    EVENTS,
    /** Participations (professionals present) in the network's events, per kind (qualifier: one of {@link #EVENT_KINDS}). */
    PARTICIPANTS,
    /** Monthly activity reports filed for the year's months. */
    ACTIVITY_REPORTS,
    INDIVIDUAL_FOLLOW_UPS,
    COLLECTIVE_ACTIONS,
    HOURS_ONLINE,
    LOCAL_EVENTS_SUPPORTED,
    QUESTIONS_TO_THE_NETWORK,
    /** Questions to the network answered in the year (by the date of the answer). */
    QUESTIONS_ANSWERED,
    /** Median hours from a question to its answer, of those answered in the year. */
    ANSWER_TIME_MEDIAN_HOURS,
    /** Resources published for the network in the year (those withdrawn since included). */
    RESOURCES_MADE_AVAILABLE,
    /** Answers to the questionnaires of the year's events. */
    SATISFACTION_ANSWERS,
    /** The mean score (1 to 5, one decimal) of those answers. */
    SATISFACTION_AVERAGE;

    /** The network's events are meetings of these kinds (DD015); their names qualify the event figures. */
    public static final java.util.List<StandardKind> EVENT_KINDS = java.util.Arrays.stream(StandardKind.values())
            .filter(StandardKind::isPromeneursDuNet).toList();

    public String labelKey() {
        return "promeneurs.measure." + name();
    }

    /**
     * Whether a split of this measure may be named by {@code qualifier} though the year has none of
     * it (then its value is zero): the closed lists of kinds and reasons. Territories are no closed
     * list: a territory's figure is asked by its code, through the measure's territories.
     */
    public boolean splitsBy(String qualifier) {
        java.util.function.Predicate<Enum<?>[]> names = values -> java.util.Arrays.stream(values)
                .anyMatch(value -> value.name().equals(qualifier));
        return switch (this) {
            case LEFT_BY_REASON -> names.test(LeavingReason.values());
            case LABELLED_BY_STRUCTURE_KIND -> names.test(StructureKind.values());
            case EVENTS, PARTICIPANTS -> names.test(EVENT_KINDS.toArray(Enum[]::new));
            default -> false;
        };
    }

    /** Rates are percentages; the rest are counts or sums. */
    public boolean isPercentage() {
        return this == TURNOVER_RATE || this == SHARE_IN_MEMBER_CENTRES;
    }
}
