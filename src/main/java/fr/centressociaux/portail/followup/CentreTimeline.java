package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.trainings.CentreEnrolment;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A centre's year at a glance, newest first: its support actions (the confidential ones for federation
 * staff only), the meetings and trainings its people attended, and its agrément and membership
 * events. Each module answers for its own records and its own rights: the meetings and trainings
 * modules decide which of theirs the reader sees, as on their own pages.
 */
@Service
public class CentreTimeline {

    private final SupportActionRepository actions;
    private final MeetingService meetings;
    private final TrainingEnrolments enrolments;
    private final AmeppSessions amepp;
    private final FollowupAccess access;
    private final Texts texts;

    CentreTimeline(SupportActionRepository actions, MeetingService meetings, TrainingEnrolments enrolments,
            AmeppSessions amepp, FollowupAccess access, Texts texts) {
        this.amepp = amepp;
        this.actions = actions;
        this.meetings = meetings;
        this.enrolments = enrolments;
        this.access = access;
        this.texts = texts;
    }

    @PreAuthorize("isAuthenticated()")
    public List<TimelineEvent> of(String centreId, int year) {
        Centre centre = access.checkReadFile(centreId);
        List<TimelineEvent> events = new ArrayList<>();
        actionsOf(centreId, year).forEach(events::add);
        meetings.participationOf(centreId).stream().filter(row -> row.meeting().getDate().getYear() == year)
                .filter(row -> row.present() > 0)
                .map(row -> new TimelineEvent(row.meeting().getDate(), TimelineEvent.Kind.MEETING,
                        row.meeting().getTitle(), texts.get("followup.timeline.present", row.present()),
                        "/reunions/" + row.meeting().getId()))
                .forEach(events::add);
        trainingsOf(centreId, year).forEach(events::add);
        approvalEvents(centre).filter(event -> event.date().getYear() == year).forEach(events::add);
        membershipEvents(centre, year).forEach(events::add);
        events.sort(Comparator.comparing(TimelineEvent::date).reversed());
        return events;
    }

    private Stream<TimelineEvent> actionsOf(String centreId, int year) {
        List<SupportAction> found = (access.readsConfidential()
                ? actions.findByCentreIdOrderByStartedOnDesc(centreId, Pageable.unpaged())
                : actions.findByCentreIdAndConfidentialFalseOrderByStartedOnDesc(centreId, Pageable.unpaged()))
                .stream().filter(action -> action.getStartedOn().getYear() == year).toList();
        // The AMEPP sessions are read only when a renewal of the year names one.
        Map<String, String> ameppTitles = found.stream().anyMatch(action -> action.getAmeppSessionId() != null)
                ? amepp.attendedBy(centreId).stream().collect(Collectors.toMap(AmeppSessions.AmeppSession::sessionId,
                        AmeppSessions.AmeppSession::title))
                : Map.of();
        return found.stream().map(action -> new TimelineEvent(action.getStartedOn(), TimelineEvent.Kind.ACTION,
                texts.get(action.getKind().labelKey()), actionDetail(action, ameppTitles), null));
    }

    /** The status, then whether it is confidential, the organisations present and the AMEPP session linked. */
    private String actionDetail(SupportAction action, Map<String, String> ameppTitles) {
        StringJoiner detail = new StringJoiner(" — ");
        detail.add(texts.get(action.getStatus().labelKey()));
        if (action.isConfidential()) {
            detail.add(texts.get("followup.timeline.confidential"));
        }
        if (!action.getOrganisations().isEmpty()) {
            detail.add(texts.get("followup.timeline.with", action.getOrganisations().stream().map(PartnerPresent::name)
                    .collect(Collectors.joining(", "))));
        }
        String ameppTitle = action.getAmeppSessionId() == null ? null : ameppTitles.get(action.getAmeppSessionId());
        if (ameppTitle != null) {
            detail.add(texts.get("followup.timeline.amepp", ameppTitle));
        }
        return detail.toString();
    }

    /** One line per session the centre's people attended, on its first day, with how many attended. */
    private Stream<TimelineEvent> trainingsOf(String centreId, int year) {
        Map<String, List<CentreEnrolment>> bySession = new LinkedHashMap<>();
        enrolments.ofCentre(centreId, year).stream().filter(row -> row.enrolment().hasAttended())
                .forEach(row -> bySession.computeIfAbsent(row.session().getId(), id -> new ArrayList<>()).add(row));
        return bySession.values().stream().map(rows -> {
            CentreEnrolment first = rows.getFirst();
            return new TimelineEvent(first.session().getFirstDay(), TimelineEvent.Kind.TRAINING,
                    first.training().getTitle(), texts.get("followup.timeline.trained", rows.size()),
                    TrainingSessions.path(first.session().getId()));
        });
    }

    /** The start and end of each approval the centre had, and the steps of their renewals. */
    private Stream<TimelineEvent> approvalEvents(Centre centre) {
        List<Approval> all = new ArrayList<>(centre.getApprovalHistory());
        if (centre.getApproval() != null) {
            all.add(centre.getApproval());
        }
        return all.stream().flatMap(approval -> {
            String name = approval.kind() == null ? texts.get("centre.field.approval")
                    : texts.get(approval.kind().labelKey());
            List<TimelineEvent> lines = new ArrayList<>();
            lines.add(new TimelineEvent(approval.start(), TimelineEvent.Kind.APPROVAL_STARTED, name, "", null));
            lines.add(new TimelineEvent(approval.end(), TimelineEvent.Kind.APPROVAL_ENDS, name, "", null));
            step(lines, approval.diagnosisOn(), Approval.RenewalStep.DIAGNOSIS, name);
            step(lines, approval.coparOn(), Approval.RenewalStep.COPAR, name);
            step(lines, approval.decisionOn(), Approval.RenewalStep.DECISION, name);
            return lines.stream();
        });
    }

    private void step(List<TimelineEvent> lines, @Nullable LocalDate on, Approval.RenewalStep step, String name) {
        if (on != null) {
            lines.add(new TimelineEvent(on, TimelineEvent.Kind.RENEWAL_STEP, texts.get(step.labelKey()), name, null));
        }
    }

    /**
     * Joining the network (a membership since a date of the year, not a member the year before: a
     * renewal is no event) and leaving it, with the reason.
     */
    private Stream<TimelineEvent> membershipEvents(Centre centre, int year) {
        List<TimelineEvent> lines = new ArrayList<>();
        centre.membership(year).ifPresent(row -> {
            if (row.since() != null && row.since().getYear() == year && !centre.wasMemberDuring(year - 1)) {
                lines.add(new TimelineEvent(row.since(), TimelineEvent.Kind.JOINED,
                        texts.get("followup.timeline.joined"), "", null));
            }
            if (row.leftOn() != null) {
                lines.add(new TimelineEvent(row.leftOn(), TimelineEvent.Kind.LEFT, texts.get("followup.timeline.left"),
                        reason(row), null));
            }
        });
        return lines.stream();
    }

    private static String reason(MembershipYear row) {
        return row.reason() == null ? "" : row.reason();
    }
}
