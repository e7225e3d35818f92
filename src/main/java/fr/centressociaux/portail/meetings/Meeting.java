package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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

    @Id
    private @Nullable String id;
    private String kindId;
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
    private String minutes = "";
    private List<StoredFileRef> attachments = new ArrayList<>();
    private @Nullable StoredFileRef signedSheet;
    private MeetingStatus status = MeetingStatus.SCHEDULED;
    private @Nullable String cancelReason;
    private List<InvitedCentre> invitedCentres = new ArrayList<>();
    @Indexed
    private List<String> invitedCentreIds = new ArrayList<>();
    private int invitedCount;
    @Indexed(sparse = true)
    private @Nullable String checkInToken;

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

    public Optional<String> getCheckInToken() {
        return Optional.ofNullable(checkInToken);
    }

    void describe(String kindId, String title, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
            String agenda, List<String> subjectIds, @Nullable String organiserId, String organiserName) {
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
        this.checkInToken = null;
    }

    void openCheckIn(String token) {
        this.checkInToken = token;
    }

    void revokeCheckIn() {
        this.checkInToken = null;
    }
}
