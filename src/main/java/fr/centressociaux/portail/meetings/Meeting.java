package fr.centressociaux.portail.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One meeting: what, when, where and for whom, the centres invited (the scope's member centres on
 * the meeting date, with their territory then), minutes and files. People are
 * {@link Participant} documents of their own, since a meeting can have hundreds.
 */
@Document("meetings")
@CompoundIndex(name = "year_date", def = "{'year': 1, 'date': 1}")
public class Meeting extends AuditedDocument {

    /** Long enough for the last signatures after a meeting that runs late, short enough to close the day. */
    public static final Duration DEFAULT_CHECK_IN_GRACE = Duration.ofMinutes(30);

    @Id
    private @Nullable String id;
    private String kindId;
    /**
     * Whether the kind is one of the Promeneurs du Net network's ({@link StandardKind#isPromeneursDuNet}),
     * kept with the kind: such a meeting invites no centre and is run by the network's coordinator.
     */
    private boolean promeneursDuNet;
    private String title;
    private MeetingScope scope;
    /** Departments the scope covers, for filters: a network meeting concerns both. */
    private List<Department> departments = new ArrayList<>();
    /** Territories the scope covered on the date, for delegates' visibility. */
    @Indexed
    private List<String> territoryIds = new ArrayList<>();
    private int year;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    private String agenda = "";
    private List<String> subjectIds = new ArrayList<>();
    private @Nullable String organiserId;
    private String organiserName;
    /**
     * The partner organisations present (MDS, CAF, towns…), by their id in the register behind
     * {@link PartnerChoices}; their names are read from it when shown.
     */
    private List<String> partnerIds = new ArrayList<>();
    private String minutes = "";
    private List<StoredFileRef> attachments = new ArrayList<>();
    private @Nullable StoredFileRef signedSheet;
    private MeetingStatus status = MeetingStatus.SCHEDULED;
    private @Nullable String cancelReason;
    private List<InvitedCentre> invitedCentres = new ArrayList<>();
    @Indexed
    private List<String> invitedCentreIds = new ArrayList<>();
    private int invitedCount;
    /** SHA-256 of the open check-in link's token, derived from the server's key (never the token itself). */
    @Indexed(sparse = true)
    private @Nullable String checkInTokenHash;
    /** Moves on at each revocation, so the next link derived for the meeting is a new one. */
    private int checkInGeneration;
    /** Minutes self check-in stays open after the meeting's end; unset: {@link #DEFAULT_CHECK_IN_GRACE}. */
    private @Nullable Integer checkInGraceMinutes;
    /**
     * Named people present, by "KIND:DEPARTMENT" ({@link Headcount#key}), kept in step with the
     * participant rows by one {@code $inc} per change of presence, so a list never reads the rows.
     */
    private Map<String, Integer> namedPresent = new HashMap<>();
    /** Named people present per invited centre, to know when a centre stops being represented. */
    private Map<String, Integer> namedByCentre = new HashMap<>();
    /**
     * The people of another module's register ({@link ExternalPeople}) present, by their id there,
     * kept in step by the same update as the counts: the Promeneurs du Net's figures read a year of
     * the network's meetings and not their participant rows (DD015).
     */
    private List<String> presentExternalIds = new ArrayList<>();
    /** People known only as a number: "centre × kind × count" lines. */
    private List<CountedLine> countedLines = new ArrayList<>();
    /** Invited centres with someone present, named or counted. */
    private List<String> representedCentreIds = new ArrayList<>();
    /**
     * How many of the version increments were attendance changes (which bump the version so a
     * whole-document save read before them is refused instead of overwriting the counts).
     */
    private long attendanceChanges;

    Meeting(String kindId, String title, MeetingScope scope, LocalDate date, LocalTime startTime, LocalTime endTime,
            String place, String organiserName) {
        this.kindId = kindId;
        this.title = title;
        this.scope = scope;
        this.date = date;
        this.year = date.getYear();
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
        this.organiserName = organiserName;
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id, "meeting not saved");
    }

    public String getKindId() {
        return kindId;
    }

    public boolean isPromeneursDuNet() {
        return promeneursDuNet;
    }

    public List<String> getPresentExternalIds() {
        return List.copyOf(presentExternalIds);
    }

    void classify(boolean promeneursDuNet) {
        this.promeneursDuNet = promeneursDuNet;
    }

    /** A meeting brought over from another record under that record's id (a one-time migration). */
    void keepId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public MeetingScope getScope() {
        return scope;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<String> getTerritoryIds() {
        return territoryIds;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return date.atTime(endTime);
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public List<String> getSubjectIds() {
        return subjectIds;
    }

    public @Nullable String getOrganiserId() {
        return organiserId;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public List<String> getPartnerIds() {
        return partnerIds;
    }

    public String getMinutes() {
        return minutes;
    }

    public List<StoredFileRef> getAttachments() {
        return attachments;
    }

    public Optional<StoredFileRef> getSignedSheet() {
        return Optional.ofNullable(signedSheet);
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public List<InvitedCentre> getInvitedCentres() {
        return invitedCentres;
    }

    public Optional<InvitedCentre> invited(String centreId) {
        return invitedCentres.stream().filter(centre -> centre.centreId().equals(centreId)).findFirst();
    }

    /** Ids of the invited centres (also present in lists, where the centres' details are left out). */
    public List<String> getInvitedCentreIds() {
        return invitedCentreIds;
    }

    public int getInvitedCount() {
        return invitedCount;
    }

    /** Whether a check-in link is open (its token is derived again when shown, never stored). */
    public boolean hasCheckInLink() {
        return checkInTokenHash != null;
    }

    @Nullable String getCheckInTokenHash() {
        return checkInTokenHash;
    }

    int getCheckInGeneration() {
        return checkInGeneration;
    }

    /** How long after its end the meeting's self check-in stays open. */
    public Duration getCheckInGrace() {
        return checkInGraceMinutes == null ? DEFAULT_CHECK_IN_GRACE : Duration.ofMinutes(checkInGraceMinutes);
    }

    /** The last moment (French time) a participant can check themself in. */
    public LocalDateTime checkInClosesAt() {
        return endsAt().plus(getCheckInGrace());
    }

    /**
     * The version of what people edit (description, scope, minutes, files): attendance changes
     * also bump the stored version, and must not make an open form look stale.
     */
    @Override
    public long getVersion() {
        return super.getVersion() - attendanceChanges;
    }

    public List<CountedLine> getCountedLines() {
        return countedLines;
    }

    public List<String> getRepresentedCentreIds() {
        return representedCentreIds;
    }

    Map<String, Integer> getNamedPresent() {
        return namedPresent;
    }

    Map<String, Integer> getNamedByCentre() {
        return namedByCentre;
    }

    long getAttendanceChanges() {
        return attendanceChanges;
    }

    /** The department people without one count under: the meeting's, when it has only one. */
    public @Nullable Department ownDepartment() {
        return departments.size() == 1 ? departments.getFirst() : null;
    }

    /** Participants, by kind and department, and centres represented; nothing when cancelled. */
    public MeetingCounts counts() {
        return isCancelled() ? MeetingCounts.NONE : Headcount.of(this).counts(representedCentreIds.size(), invitedCount);
    }

    void describe(String kindId, String title, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
            String agenda, List<String> subjectIds, @Nullable String organiserId, String organiserName,
            List<String> partnerIds) {
        this.kindId = kindId;
        this.title = title;
        this.date = date;
        this.year = date.getYear();
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
        this.agenda = agenda;
        this.subjectIds = new ArrayList<>(subjectIds);
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.partnerIds = new ArrayList<>(partnerIds);
    }

    void invite(MeetingScope scope, List<Department> departments, List<String> territoryIds,
            List<InvitedCentre> centres) {
        this.scope = scope;
        this.departments = new ArrayList<>(departments);
        this.territoryIds = new ArrayList<>(territoryIds);
        this.invitedCentres = new ArrayList<>(centres);
        this.invitedCentreIds = new ArrayList<>(centres.stream().map(InvitedCentre::centreId).toList());
        this.invitedCount = centres.size();
    }

    /** Counted lines written in bulk (demo data, benchmarks); the represented centres follow on a recount. */
    void keepCountedLines(List<CountedLine> lines) {
        this.countedLines = new ArrayList<>(lines);
    }

    void writeMinutes(String minutes) {
        this.minutes = minutes;
    }

    void attach(StoredFileRef file) {
        attachments.add(file);
    }

    boolean detach(String fileId) {
        return attachments.removeIf(file -> file.fileId().equals(fileId));
    }

    void keepSignedSheet(@Nullable StoredFileRef sheet) {
        this.signedSheet = sheet;
    }

    void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
        revokeCheckIn();
    }

    void openCheckIn(String tokenHash) {
        this.checkInTokenHash = tokenHash;
    }

    void revokeCheckIn() {
        if (checkInTokenHash != null) {
            this.checkInTokenHash = null;
            this.checkInGeneration++;
        }
    }

    void changeCheckInGrace(Duration grace) {
        this.checkInGraceMinutes = Math.toIntExact(grace.toMinutes());
    }
}
