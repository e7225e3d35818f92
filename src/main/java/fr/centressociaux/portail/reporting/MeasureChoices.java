package fr.centressociaux.portail.reporting;

import java.util.Arrays;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TrainingFamily;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the convention editor offers for each kind of measure parameter, as the values measures
 * read (DD013: a standard meeting kind's code or a kind's id, a territory's code, a department's
 * number, a participant kind's or a training family's name) with their French names. A
 * {@link ParameterKind#FIGURE} key is typed: the figures a measure offers are its own.
 */
@Service
public class MeasureChoices {

    /** A value an argument may take and what the editor shows for it. */
    public record Choice(String value, String label) {
    }

    private final MeetingTerms meetingTerms;
    private final TerritoryService territories;
    private final Texts texts;

    MeasureChoices(MeetingTerms meetingTerms, TerritoryService territories, Texts texts) {
        this.meetingTerms = meetingTerms;
        this.territories = territories;
        this.texts = texts;
    }

    /** The values offered for this kind of parameter; empty when it is typed. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Choice> of(ParameterKind kind) {
        return switch (kind) {
            case MEETING_KINDS -> meetingTerms.active(TermType.KIND).stream()
                    .map(term -> new Choice(valueOf(term), term.getName())).toList();
            case TERRITORIES -> territories.all().stream()
                    .map(territory -> new Choice(territory.getCode(), territory.getName())).toList();
            case DEPARTMENT -> Arrays.stream(Department.values())
                    .map(department -> new Choice(department.code(), texts.get(department.labelKey()))).toList();
            case PARTICIPANT_KINDS -> Arrays.stream(ParticipantKind.values())
                    .map(participant -> new Choice(participant.name(), texts.get(participant.labelKey()))).toList();
            case TRAINING_FAMILIES -> Arrays.stream(TrainingFamily.values())
                    .map(family -> new Choice(family.name(), texts.get(family.labelKey()))).toList();
            case FIGURE -> List.of();
        };
    }

    /** A standard kind by its code, which survives a reset of the terms; another kind by its id. */
    private static String valueOf(MeetingTerm term) {
        return term.getCode() != null ? term.getCode() : term.getId();
    }
}
