package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.centressociaux.portail.attendance.AttendanceSheet;
import fr.centressociaux.portail.attendance.AttendanceSheetPdf;
import fr.centressociaux.portail.meetings.internal.MeetingFile;
import fr.centressociaux.portail.meetings.internal.MeetingFileRepository;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FileKind;
import fr.centressociaux.portail.shared.FileNames;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.Funders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The meeting's papers: the émargement PDF (blank with the registered people for signing on paper,
 * or filled with those present and their check-in time), the scanned signed sheet, and the minutes'
 * attachments.
 */
@Service
public class MeetingDocuments {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int BLANK_LINES = 12;
    /** Slides and minutes (PDF, office documents) and photos; never a page, a script or a program. */
    static final Set<FileKind> ATTACHMENT_KINDS = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG,
            FileKind.OFFICE_DOCUMENT);

    private final MeetingService meetingService;
    private final MeetingPeople people;
    private final MeetingFileRepository files;
    private final MeetingAccess access;
    private final AttendanceSheetPdf pdf;
    private final ScopeNames scopeNames;
    private final Funders funders;
    private final Texts texts;
    private final Clock clock;

    MeetingDocuments(MeetingService meetingService, MeetingPeople people,
            MeetingFileRepository files, MeetingAccess access, AttendanceSheetPdf pdf, ScopeNames scopeNames,
            Funders funders, Texts texts, Clock clock) {
        this.meetingService = meetingService;
        this.people = people;
        this.files = files;
        this.access = access;
        this.pdf = pdf;
        this.scopeNames = scopeNames;
        this.funders = funders;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The attendance sheet. Blank: everyone listed, no times, spare lines to sign on paper. Filled:
     * the people present with their check-in time. For the meeting's managers.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public FileDownload attendanceSheet(String meetingId, boolean blank) {
        Meeting meeting = managed(meetingId);
        List<AttendanceSheet.Line> lines = new ArrayList<>();
        for (Participant person : people.people(meetingId)) {
            if (blank || person.getPresence() == Presence.PRESENT) {
                String time = blank || person.getCheckedInAt() == null ? null
                        : FrenchDates.time(person.getCheckedInAt());
                lines.add(new AttendanceSheet.Line(person.getLastName().toUpperCase(Locale.FRANCE) + " "
                        + person.getFirstName(), person.getOrganisation(), person.getKind(), time));
            }
        }
        AttendanceSheet sheet = new AttendanceSheet(meeting.getTitle(), List.of(
                detail("sheet.detail.kind", meetingService.kindName(meeting.getKindId())),
                detail("sheet.detail.date", texts.get("sheet.detail.date.value", FrenchDates.format(meeting.getDate()),
                        FrenchDates.time(meeting.getStartTime()), FrenchDates.time(meeting.getEndTime()))),
                detail("sheet.detail.place", meeting.getPlace()),
                detail("sheet.detail.scope", scopeNames.of(meeting.getScope())),
                detail("sheet.detail.organiser", meeting.getOrganiserName())), lines, blank ? BLANK_LINES : 0,
                funderMentions(meeting));
        String name = texts.get(blank ? "sheet.file.blank" : "sheet.file.filled", meeting.getDate().toString());
        return new FileDownload(name, "application/pdf", pdf.render(sheet));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting keepSignedSheet(String meetingId, String fileName, byte[] content) {
        Meeting meeting = modifiable(meetingId);
        StoredFileRef stored = store(meeting, fileName, content, FileKind.DOCUMENT_OR_IMAGE, "meeting.file.sheet-type");
        meeting.getSignedSheet().ifPresent(previous -> files.deleteById(previous.fileId()));
        meeting.keepSignedSheet(stored);
        return meetingService.save(meeting);
    }

    /** It shows everyone's name and signature: for those who see every person of the meeting. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public FileDownload signedSheet(String meetingId) {
        Meeting meeting = meetingService.get(meetingId);
        if (!access.peopleVisibility(meeting).isEveryone()) {
            throw MeetingAccess.denied();
        }
        StoredFileRef ref = meeting.getSignedSheet().orElseThrow(() -> new UserFacingException("meeting.file.not-found"));
        return download(ref);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting attach(String meetingId, String fileName, byte[] content) {
        Meeting meeting = modifiable(meetingId);
        meeting.attach(store(meeting, fileName, content, ATTACHMENT_KINDS, "meeting.file.attachment-type"));
        return meetingService.save(meeting);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting detach(String meetingId, String fileId) {
        Meeting meeting = modifiable(meetingId);
        if (meeting.detach(fileId)) {
            Meeting saved = meetingService.save(meeting);
            files.deleteById(fileId);
            return saved;
        }
        return meeting;
    }

    /** An attachment of the minutes, for anyone who sees the meeting. */
    @PreAuthorize("isAuthenticated()")
    public FileDownload attachment(String meetingId, String fileId) {
        Meeting meeting = meetingService.get(meetingId);
        StoredFileRef ref = meeting.getAttachments().stream().filter(file -> file.fileId().equals(fileId))
                .findFirst().orElseThrow(() -> new UserFacingException("meeting.file.not-found"));
        return download(ref);
    }

    /** Keeps the file when its first bytes are of an allowed kind, served later with that kind's type. */
    private StoredFileRef store(Meeting meeting, String fileName, byte[] content, Set<FileKind> allowed,
            String refusalKey) {
        if (content.length == 0) {
            throw new UserFacingException("meeting.file.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new UserFacingException("meeting.file.too-large", MAX_FILE_BYTES / 1024 / 1024);
        }
        FileKind kind = FileKind.require(content, allowed, refusalKey);
        String name = FileNames.safe(fileName);
        MeetingFile file = files.save(new MeetingFile(meeting.getId(), content));
        return new StoredFileRef(java.util.Objects.requireNonNull(file.getId()), name,
                kind.contentType(), content.length, clock.instant(), access.actor());
    }

    private FileDownload download(StoredFileRef ref) {
        MeetingFile file = files.findById(ref.fileId()).orElseThrow(() -> new UserFacingException("meeting.file.not-found"));
        return new FileDownload(ref.name(), ref.contentType(), file.bytes());
    }

    private Meeting managed(String meetingId) {
        Meeting meeting = meetingService.get(meetingId);
        access.checkManage(meeting);
        return meeting;
    }

    /** A cancelled meeting is kept as it was: no new files. */
    private Meeting modifiable(String meetingId) {
        Meeting meeting = managed(meetingId);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        return meeting;
    }

    /** The funders of the departments the meeting is for (a network meeting: both departments'). */
    private List<String> funderMentions(Meeting meeting) {
        return funders.supporting(meeting.getDepartments()).stream().map(Funder::getMention).toList();
    }

    private AttendanceSheet.Detail detail(String labelKey, String value) {
        return new AttendanceSheet.Detail(texts.get(labelKey), value);
    }
}
