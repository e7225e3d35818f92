package fr.centressociaux.portail.meetings;

import java.time.Instant;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person at one meeting: registered beforehand by their centre, added by the organiser on the
 * day, or checked in through the QR page. The person's key (name and centre or organisation,
 * without accents or case) is unique per meeting, so checking in twice counts once. The centre's
 * department and territory on the meeting date are copied here, and the meeting's year, so counts
 * are one aggregation: a year's totals match on the year instead of listing thousands of meeting ids.
 */
@Document("meeting_participants")
@CompoundIndex(name = "meeting_person", def = "{'meetingId': 1, 'personKey': 1}", unique = true)
@CompoundIndex(name = "meeting_centre", def = "{'meetingId': 1, 'centreId': 1}")
@CompoundIndex(name = "centre_history", def = "{'centreId': 1, 'presence': 1}")
@CompoundIndex(name = "year_presence", def = "{'year': 1, 'presence': 1}")
public class Participant extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String meetingId;
    /** The meeting's year, kept equal to it when the meeting moves to another date. */
    private int year;
    private String personKey;
    private String firstName;
    private String lastName;
    private ParticipantKind kind;
    /** The member centre the person came for, or null for someone from outside the network. */
    private @Nullable String centreId;
    /** The centre's name, or the outside organisation as typed. */
    private String organisation;
    private @Nullable Department department;
    private @Nullable String territoryId;
    /** Whether the centre was one of the meeting's invited centres (the "centres represented" count). */
    private boolean invitedCentre;
    private ParticipantSource source;
    /** The person's id in the register behind {@link ExternalPeople}, for someone named from it. */
    private @Nullable String externalPersonId;
    private Presence presence = Presence.UNKNOWN;
    private @Nullable Instant checkedInAt;
    /** Hash of the one-time key that lets the page which checked the person in undo it, until {@code undoUntil}. */
    private @Nullable String undoKeyHash;
    private @Nullable Instant undoUntil;
    /** Hash of the browser session that checked the person in by QR code, to notice one phone signing for many. */
    private @Nullable String checkInDeviceHash;
    /**
     * A self check-in the organiser should look at: someone not on the list (anyone with the link
     * can type any name and centre), or one phone signing for several people. Counted meanwhile.
     */
    private boolean toConfirm;
    private Instant recordedAt;
    private String recordedBy;

    Participant(String meetingId, int year, String personKey, String firstName, String lastName, ParticipantKind kind,
            @Nullable String centreId, String organisation, @Nullable Department department,
            @Nullable String territoryId, boolean invitedCentre, ParticipantSource source, Instant recordedAt,
            String recordedBy) {
        this.meetingId = meetingId;
        this.year = year;
        this.personKey = personKey;
        this.firstName = firstName;
        this.lastName = lastName;
        this.kind = kind;
        this.centreId = centreId;
        this.organisation = organisation;
        this.department = department;
        this.territoryId = territoryId;
        this.invitedCentre = invitedCentre;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id, "participant not saved");
    }

    public String getMeetingId() {
        return meetingId;
    }

    public int getYear() {
        return year;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public @Nullable String getCentreId() {
        return centreId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public boolean isInvitedCentre() {
        return invitedCentre;
    }

    public ParticipantSource getSource() {
        return source;
    }

    public @Nullable String getExternalPersonId() {
        return externalPersonId;
    }

    /** Someone of another module's register, listed under its id. */
    static Participant of(Meeting meeting, ExternalPerson person, Instant recordedAt, String recordedBy) {
        Participant participant = new Participant(meeting.getId(), meeting.getDate().getYear(),
                People.externalKey(person.id()), person.firstName(), person.lastName(), person.kind(), null,
                person.employer(), person.department(), null, false, ParticipantSource.EXTERNAL_REGISTER, recordedAt,
                recordedBy);
        participant.externalPersonId = person.id();
        return participant;
    }

    public Presence getPresence() {
        return presence;
    }

    public @Nullable Instant getCheckedInAt() {
        return checkedInAt;
    }

    /** Whether the organiser still has to confirm or refuse this self check-in ("à confirmer"). */
    public boolean isToConfirm() {
        return toConfirm;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    void correct(String personKey, String firstName, String lastName, ParticipantKind kind) {
        this.personKey = personKey;
        this.firstName = firstName;
        this.lastName = lastName;
        this.kind = kind;
    }

    /** Recorded attendance of a past meeting, written in bulk by the demo data. */
    void recordArrival(Instant at) {
        this.presence = Presence.PRESENT;
        this.checkedInAt = at;
    }

    void recordAbsence() {
        this.presence = Presence.ABSENT;
    }
}
