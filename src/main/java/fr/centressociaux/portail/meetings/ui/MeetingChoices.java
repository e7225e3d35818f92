package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.meetings.PartnerChoice;
import org.jspecify.annotations.Nullable;

/**
 * What the meeting form offers: kinds, subjects and territories (only those the person may
 * schedule for), whether they may choose a department or the whole network, who organises, and
 * today in French time (a meeting dated before it is recorded after the fact: no invitation mail),
 * and the partner organisations one may record as present (null when no register is plugged in:
 * the field is then left out).
 */
record MeetingChoices(List<Choice> kinds, List<Choice> subjects, List<TerritoryChoice> territories,
        boolean anyScope, @Nullable String organiserId, String organiserName, LocalDate today,
        @Nullable List<PartnerChoice> partners) {

    MeetingChoices {
        kinds = List.copyOf(kinds);
        subjects = List.copyOf(subjects);
        territories = List.copyOf(territories);
        partners = partners == null ? null : List.copyOf(partners);
    }

    /** Choices without a register of partner organisations. */
    MeetingChoices(List<Choice> kinds, List<Choice> subjects, List<TerritoryChoice> territories, boolean anyScope,
            @Nullable String organiserId, String organiserName, LocalDate today) {
        this(kinds, subjects, territories, anyScope, organiserId, organiserName, today, null);
    }

    /** A kind or a subject; a kind may be one of the Promeneurs du Net network's, whose meetings invite no centre. */
    record Choice(String id, String name, boolean network) {

        Choice(String id, String name) {
            this(id, name, false);
        }
    }

    /** A territory and the years it existed: a meeting's territory must exist on its date. */
    record TerritoryChoice(String id, String name, LocalDate validFrom, @Nullable LocalDate validTo) {

        boolean isValidOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }
}
