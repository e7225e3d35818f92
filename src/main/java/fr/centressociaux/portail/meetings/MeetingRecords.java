package fr.centressociaux.portail.meetings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import org.springframework.stereotype.Component;

/** The records behind a meetings measure, each linking to its page: the meetings, or the centres represented. */
@Component
class MeetingRecords {

    private final KindNames kindNames;
    private final Texts texts;

    MeetingRecords(KindNames kindNames, Texts texts) {
        this.kindNames = kindNames;
        this.texts = texts;
    }

    /** Each meeting with the people it adds to the figure. */
    List<MeasureRecord> meetings(MeetingSelections.Selection selection, ToIntFunction<Meeting> people) {
        return selection.meetings().stream().map(meeting -> {
            int present = people.applyAsInt(meeting);
            return MeasureRecord.of(texts.get("measure.record.meeting", meeting.getTitle(),
                    kindNames.of(meeting.getKindId()), FrenchDates.format(meeting.getDate())),
                    texts.get("measure.record.participants", present), "/reunions/" + meeting.getId())
                    .on(meeting.getDate()).counting(present);
        }).toList();
    }

    /** Each centre represented at least once, by name, with the number of meetings it came to. */
    List<MeasureRecord> centresRepresented(MeetingSelections.Selection selection) {
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> meetingsAttended = new HashMap<>();
        for (Meeting meeting : selection.meetings()) {
            // A set: a territory's assembly invites a hundred centres or more.
            Set<String> came = new HashSet<>(meeting.getRepresentedCentreIds());
            selection.invitedTo(meeting).stream()
                    .filter(centre -> selection.department() == null || centre.department() == selection.department())
                    .filter(centre -> came.contains(centre.centreId()))
                    .forEach(centre -> {
                        names.put(centre.centreId(), centre.name());
                        meetingsAttended.merge(centre.centreId(), 1, Integer::sum);
                    });
        }
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(centre -> MeasureRecord.of(centre.getValue(),
                        texts.get("measure.record.meetings-attended", meetingsAttended.get(centre.getKey())),
                        "/centres/" + centre.getKey()).counting(meetingsAttended.get(centre.getKey())))
                .toList();
    }
}
