package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.meetings.internal.MeetingFileRepository;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.DefaultYear;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Meetings: the year's list with its counts, scheduling (which invites the centres in scope),
 * editing with the version the person saw, minutes, cancelling and deleting. Every method checks
 * the caller's rights in {@link MeetingAccess}.
 */
@Service
public class MeetingService {

    /** The portal's records start then; lists offer the years from it to the next one. */
    public static final int FIRST_YEAR = 2020;
    static final int MAX_REASON = 500;

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final MeetingTermRepository terms;
    private final MeetingFileRepository files;
    private final MeetingInvitations invitations;
    private final MeetingAccess access;
    private final AttendanceCounter counter;
    private final KindNames kindNames;
    private final AuditLog audit;
    private final InputValidation validation;
    private final MeetingPartners partners;

    MeetingService(MeetingRepository meetings, ParticipantRepository participants, MeetingTermRepository terms,
            MeetingFileRepository files, MeetingInvitations invitations, MeetingAccess access,
            AttendanceCounter counter, KindNames kindNames, AuditLog audit, InputValidation validation,
            MeetingPartners partners) {
        this.validation = validation;
        this.partners = partners;
        this.meetings = meetings;
        this.participants = participants;
        this.terms = terms;
        this.files = files;
        this.invitations = invitations;
        this.access = access;
        this.counter = counter;
        this.kindNames = kindNames;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    public List<MeetingRow> list(MeetingFilter filter, Pageable pageable) {
        // The counts are on the meetings themselves: a page reads its meetings and nothing else.
        List<Meeting> page = meetings.findPage(filter, access.visibleMeetings(), pageable);
        return page.stream().map(meeting -> new MeetingRow(meeting, kindNames.of(meeting.getKindId()),
                meeting.counts())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(MeetingFilter filter) {
        return meetings.count(filter, access.visibleMeetings());
    }

    /**
     * The year the meeting list opens on for the signed-in person: this year when they see a meeting
     * in it, otherwise the latest year with one (a few counts, only when this year is empty).
     */
    @PreAuthorize("isAuthenticated()")
    public DefaultYear defaultYear() {
        int thisYear = access.now().getYear();
        return DefaultYear.choose(thisYear, FIRST_YEAR, thisYear + 1, year -> count(MeetingFilter.year(year)) > 0);
    }

    /**
     * The counts of every meeting of the filter added up; cancelled meetings count nothing. For a
     * department, only its people and its centres count.
     */
    @PreAuthorize("isAuthenticated()")
    public MeetingCounts totals(MeetingFilter filter) {
        return figures(filter).counts();
    }

    /** The totals with the distinct centres of the set and the averages per meeting ({@link YearFigures}). */
    @PreAuthorize("isAuthenticated()")
    public YearFigures figures(MeetingFilter filter) {
        Criteria visible = access.visibleMeetings();
        return YearTally.of(meetings.findCountable(filter, visible), meetings.invitedOfSet(filter, visible),
                filter.department());
    }

    /**
     * How many meetings of the filter (not cancelled) took place in each month of its year, January
     * first: the dashboards' "réunions par mois".
     */
    @PreAuthorize("isAuthenticated()")
    public List<Integer> perMonth(MeetingFilter filter) {
        int[] months = new int[12];
        meetings.findCountable(filter, access.visibleMeetings()).stream().filter(meeting -> !meeting.isCancelled())
                .forEach(meeting -> months[meeting.getDate().getMonthValue() - 1]++);
        return java.util.Arrays.stream(months).boxed().toList();
    }

    /** Works every meeting's named counts of the year out again from the participant rows (a repair). */
    @PreAuthorize("hasRole('ADMIN')")
    public int recount(int year) {
        return counter.recountYear(year);
    }

    @PreAuthorize("isAuthenticated()")
    public Meeting get(String id) {
        Meeting meeting = load(id);
        access.checkView(meeting);
        return meeting;
    }

    @PreAuthorize("isAuthenticated()")
    public MeetingCounts counts(String id) {
        Meeting meeting = get(id);
        return meeting.counts();
    }

    @PreAuthorize("isAuthenticated()")
    public MeetingPermissions permissions(String id) {
        Meeting meeting = get(id);
        boolean manage = access.canManage(meeting);
        String ownCentre = access.directorCentre();
        boolean register = !meeting.isCancelled() && (manage || ownCentre != null
                && meeting.invited(ownCentre).isPresent() && access.now().isBefore(meeting.startsAt()));
        return new MeetingPermissions(manage, register, manage && !hasAttendance(id) && meeting.getSignedSheet().isEmpty());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canCreate() {
        return access.canCreate();
    }

    @PreAuthorize("isAuthenticated()")
    public String kindName(String kindId) {
        MeetingTerm kind = terms.findById(kindId).orElse(null);
        return kind == null ? "" : kind.getName();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting create(MeetingDraft draft, boolean mailInvitations) {
        ValidDraft valid = validate(draft, null);
        access.checkCreate(valid.scope(), valid.promeneursDuNet());
        Meeting meeting = new Meeting(valid.kindId(), valid.title(), valid.scope(), valid.date(), valid.startTime(),
                valid.endTime(), valid.place(), valid.organiserName());
        describe(meeting, valid);
        meeting.classify(valid.promeneursDuNet());
        MeetingInvitations.Invitees invitees = invite(meeting, valid);
        Meeting saved = meetings.save(meeting);
        if (mailInvitations && !saved.isPromeneursDuNet() && mayStillInvite(saved)) {
            invitations.mail(saved, invitees);
        }
        return saved;
    }

    /**
     * Invites the scope's centres on the date; a Promeneurs du Net meeting covers the scope's
     * territories but invites no centre: the coordinator adds the professionals themselves.
     */
    private MeetingInvitations.Invitees invite(Meeting meeting, ValidDraft valid) {
        MeetingInvitations.Invitees invitees = meeting.isPromeneursDuNet()
                ? invitations.coverage(valid.scope(), valid.date()) : invitations.invitees(valid.scope(), valid.date());
        meeting.invite(valid.scope(), invitees.departments(), invitees.territoryIds(), invitees.centres());
        return invitees;
    }

    /**
     * A meeting recorded after the fact (or already started) invites nobody by mail: the
     * directors would be asked to register people for something that is over.
     */
    private boolean mayStillInvite(Meeting meeting) {
        return access.now().isBefore(meeting.startsAt());
    }

    /**
     * Whom a meeting of this scope on this date would invite, for the form to warn before saving a
     * meeting that reaches nobody, and say why.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public InvitationReach reach(MeetingScope scope, LocalDate date) {
        return invitations.reach(scope, date);
    }

    /**
     * Changes what the person edited, refused if someone saved in between. A new date or scope
     * recomputes the invited centres and their territory on that date, for people already listed too.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting update(String id, long expectedVersion, MeetingDraft draft) {
        Meeting meeting = load(id);
        access.checkManage(meeting);
        checkVersion(meeting, expectedVersion);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        ValidDraft valid = validate(draft, meeting);
        if (valid.promeneursDuNet() != meeting.isPromeneursDuNet()) {
            validation.none().add("kindId", "meeting.kind.other-family").throwIfAny();
        }
        if (!valid.scope().equals(meeting.getScope())) {
            access.checkCreate(valid.scope(), valid.promeneursDuNet());
        }
        boolean reinvite = !valid.scope().equals(meeting.getScope()) || !valid.date().equals(meeting.getDate());
        describe(meeting, valid);
        if (reinvite) {
            invite(meeting, valid);
        }
        Meeting saved = save(meeting);
        if (reinvite) {
            participants.refreshCentres(id, saved.getDate().getYear(), saved.getInvitedCentres());
            counter.recount(id);
            return load(id);
        }
        return saved;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting saveMinutes(String id, long expectedVersion, String minutes) {
        Meeting meeting = load(id);
        access.checkManage(meeting);
        checkVersion(meeting, expectedVersion);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        String valid = TextInput.tidy(minutes);
        if (valid.length() > MeetingDraft.MAX_TEXT) {
            validation.none().add("minutes", "input.too-long", MeetingDraft.MAX_TEXT).throwIfAny();
        }
        meeting.writeMinutes(valid);
        return save(meeting);
    }

    /** Kept and shown as cancelled, out of every count; the check-in link stops working. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting cancel(String id, String reason) {
        Meeting meeting = load(id);
        access.checkManage(meeting);
        String valid = TextInput.tidy(reason);
        if (valid.isEmpty() || valid.length() > MAX_REASON) {
            validation.none().add("reason", valid.isEmpty() ? "input.required" : "input.too-long", MAX_REASON)
                    .throwIfAny();
        }
        if (meeting.isCancelled()) {
            return meeting;
        }
        meeting.cancel(valid);
        Meeting saved = save(meeting);
        audit.record(AuditEventType.MEETING_CANCELLED, access.actor(), meeting.getTitle(), valid);
        return saved;
    }

    /** Only a meeting where nobody was marked present: attendance is evidence and is never deleted. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public void delete(String id) {
        Meeting meeting = load(id);
        access.checkManage(meeting);
        if (hasAttendance(id) || meeting.getSignedSheet().isPresent()) {
            throw new UserFacingException("meeting.delete.has-attendance");
        }
        participants.deleteByMeetingId(id);
        meeting.getAttachments().forEach(file -> files.deleteById(file.fileId()));
        meetings.delete(meeting);
        audit.record(AuditEventType.MEETING_DELETED, access.actor(), meeting.getTitle(),
                meeting.getDate().toString());
    }

    /** The scheduled meetings the director's centre is invited to, from today on. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<Meeting> upcomingForMyCentre(int limit) {
        String centreId = access.directorCentre();
        if (centreId == null) {
            return List.of();
        }
        return meetings.findUpcomingFor(centreId, access.now().toLocalDate(), limit);
    }

    /**
     * The meetings where the centre had people, newest first, with how many were present. Only for
     * those who see the centre's people: its director, its territory's delegates, admins.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CentreParticipation> participationOf(String centreId) {
        String own = access.directorCentre();
        if (own != null && !own.equals(centreId)) {
            throw MeetingAccess.denied();
        }
        List<Meeting> found = new ArrayList<>();
        meetings.findAllById(participants.meetingIdsOfCentre(centreId)).forEach(found::add);
        List<Meeting> visible = found.stream().filter(access::canView)
                .filter(meeting -> access.peopleVisibility(meeting).sees(centreId, meeting))
                .sorted((a, b) -> b.startsAt().compareTo(a.startsAt())).toList();
        Map<String, Integer> present = participants.presentByMeeting(centreId,
                visible.stream().map(Meeting::getId).toList());
        return visible.stream().map(meeting -> new CentreParticipation(meeting, kindNames.of(meeting.getKindId()),
                present.getOrDefault(meeting.getId(), 0))).toList();
    }

    /**
     * Of these centres, those that had someone present at a meeting held between the two dates
     * (both included): the follow-up's "no participation for six months" alert asks it for a
     * delegate's centres at once. A yes or no per centre, no names: for staff and delegates.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Set<String> centresPresentBetween(Collection<String> centreIds, LocalDate from, LocalDate to) {
        Map<String, List<String>> byMeeting = participants.presentCentresByMeeting(centreIds, from.getYear(),
                to.getYear());
        Set<String> present = new HashSet<>();
        meetings.findAllById(byMeeting.keySet()).forEach(meeting -> {
            if (meeting.getStatus() != MeetingStatus.CANCELLED && !meeting.getDate().isBefore(from)
                    && !meeting.getDate().isAfter(to)) {
                present.addAll(byMeeting.get(meeting.getId()));
            }
        });
        return present;
    }

    boolean hasAttendance(String meetingId) {
        return participants.existsByMeetingIdAndPresence(meetingId, Presence.PRESENT);
    }

    Meeting load(String id) {
        return meetings.findById(id).orElseThrow(() -> new UserFacingException("meeting.not-found"));
    }

    private void describe(Meeting meeting, ValidDraft valid) {
        meeting.describe(valid.kindId(), valid.title(), valid.date(), valid.startTime(), valid.endTime(),
                valid.place(), valid.agenda(), valid.subjectIds(), valid.organiserId(), valid.organiserName(),
                valid.partnerIds());
    }

    /** Saves a meeting changed by this module's services; a concurrent save in between is refused. */
    Meeting save(Meeting meeting) {
        try {
            return meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    private static void checkVersion(Meeting meeting, long expectedVersion) {
        if (meeting.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /**
     * Every field checked at once. A kind or subject must exist; a retired one is refused on a new
     * meeting but kept on one that already had it; so is a partner organisation no longer in the
     * register's choices. A territory must exist on the meeting date.
     */
    private ValidDraft validate(MeetingDraft draft, @Nullable Meeting existing) {
        Problems problems = validation.of(draft);
        String kindId = draft.kindId();
        boolean promeneursDuNet = false;
        if (kindId != null) {
            MeetingTerm kind = terms.findById(kindId).filter(term -> term.getType() == TermType.KIND).orElse(null);
            boolean kept = existing != null && kindId.equals(existing.getKindId());
            if (kind == null || kind.isRetired() && !kept) {
                problems.add("kindId", "meeting.kind.unknown");
            } else {
                promeneursDuNet = StandardKind.ofCode(kind.getCode()).map(StandardKind::isPromeneursDuNet)
                        .orElse(false);
            }
        }
        if (draft.scope() != null) {
            checkScope(problems, draft.scope(), draft.date());
        }
        Set<String> knownSubjects = new java.util.HashSet<>();
        terms.findByTypeOrderByOrderAscNameAsc(TermType.SUBJECT).forEach(term -> knownSubjects.add(term.getId()));
        if (!knownSubjects.containsAll(draft.subjectIds())) {
            problems.add("subjectIds", "meeting.subject.unknown");
        }
        List<String> partnerIds = List.copyOf(new java.util.LinkedHashSet<>(draft.partnerIds()));
        if (!partners.allowed(partnerIds, existing)) {
            problems.add("partnerIds", "meeting.partner.unknown");
        }
        problems.throwIfAny();
        return new ValidDraft(Objects.requireNonNull(kindId), TextInput.tidy(draft.title()),
                Objects.requireNonNull(draft.scope()), Objects.requireNonNull(draft.date()),
                Objects.requireNonNull(draft.startTime()), Objects.requireNonNull(draft.endTime()),
                TextInput.tidy(draft.place()), TextInput.tidy(draft.agenda()),
                List.copyOf(new java.util.LinkedHashSet<>(draft.subjectIds())), draft.organiserId(),
                TextInput.tidy(draft.organiserName()), partnerIds, promeneursDuNet);
    }

    private void checkScope(Problems problems, MeetingScope scope, @Nullable LocalDate date) {
        boolean complete = switch (scope.level()) {
            case TERRITORY -> scope.territoryId() != null && scope.department() == null;
            case DEPARTMENT -> scope.department() != null && scope.territoryId() == null;
            case NETWORK -> scope.territoryId() == null && scope.department() == null;
        };
        if (!complete) {
            problems.add("scope", "input.required");
        } else if (date != null && scope.level() == ScopeLevel.TERRITORY
                && invitations.territoriesOf(scope, date).isEmpty()) {
            problems.add("scope", "meeting.scope.territory-not-valid-on-date");
        }
    }

    private record ValidDraft(String kindId, String title, MeetingScope scope, LocalDate date, LocalTime startTime,
            LocalTime endTime, String place, String agenda, List<String> subjectIds, @Nullable String organiserId,
            String organiserName, List<String> partnerIds, boolean promeneursDuNet) {
    }
}
