package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.centressociaux.portail.attendance.AttendanceSheet;
import fr.centressociaux.portail.attendance.AttendanceSheetPdf;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.Funders;
import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A session's papers: the attestation de formation of a trainee who attended (for staff, the
 * trainee's director and their territory's delegates), and the émargement of one day (staff),
 * blank with the people holding a seat or filled with those marked present.
 */
@Service
public class TrainingDocuments {

    static final String PDF = "application/pdf";
    static final int BLANK_LINES = 5;

    private final TrainingEnrolments people;
    private final TrainingSessions sessions;
    private final TrainingCatalogue catalogue;
    private final EnrolmentRepository enrolments;
    private final CertificatePdf certificates;
    private final AttendanceSheetPdf sheets;
    private final TrainingAccess access;
    private final Funders funders;
    private final Texts texts;

    TrainingDocuments(TrainingEnrolments people, TrainingSessions sessions, TrainingCatalogue catalogue,
            EnrolmentRepository enrolments, CertificatePdf certificates, AttendanceSheetPdf sheets,
            TrainingAccess access, Funders funders, Texts texts) {
        this.people = people;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.sheets = sheets;
        this.access = access;
        this.funders = funders;
        this.texts = texts;
    }

    /** Whether a certificate can be issued: the person attended at least one day. */
    public static boolean hasCertificate(Enrolment enrolment) {
        return enrolment.getStatus() == EnrolmentStatus.ENROLLED && enrolment.hasAttended();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR', 'DELEGATE', 'DIRECTOR')")
    public FileDownload certificate(String enrolmentId) {
        Enrolment enrolment = people.load(enrolmentId);
        access.checkCertificate(enrolment);
        if (!hasCertificate(enrolment)) {
            throw new UserFacingException("training.certificate.not-attended");
        }
        TrainingSession session = sessions.load(enrolment.getSessionId());
        Training training = catalogue.load(enrolment.getTrainingId());
        byte[] pdf = certificates.render(enrolment, session, training, access.today());
        String name = texts.get("training.certificate.file", SearchKeys.of(enrolment.fullName()).replace(' ', '-'),
                session.getFirstDay().toString());
        return new FileDownload(name, PDF, pdf);
    }

    /** The émargement of one day: blank (everyone holding a seat, spare lines) or filled (those present). */
    @PreAuthorize("hasRole('ADMIN')")
    public FileDownload attendanceSheet(String sessionId, LocalDate day, boolean blank) {
        access.checkManage();
        TrainingSession session = sessions.load(sessionId);
        SessionDay sessionDay = session.getDays().stream().filter(candidate -> candidate.date().equals(day))
                .findFirst().orElseThrow(() -> new UserFacingException("training.attendance.not-a-day"));
        Training training = catalogue.load(session.getTrainingId());
        List<AttendanceSheet.Line> lines = enrolments.findBySessionIdOrderByLastNameAscFirstNameAsc(sessionId).stream()
                .filter(person -> person.getStatus() == EnrolmentStatus.ENROLLED)
                .filter(person -> blank || person.attended(day))
                .map(person -> new AttendanceSheet.Line(person.getLastName().toUpperCase(Locale.FRANCE) + " "
                        + person.getFirstName(), person.getCentreName(), person.getKind(), null))
                .toList();
        int number = session.getDays().indexOf(sessionDay) + 1;
        AttendanceSheet sheet = new AttendanceSheet(training.getTitle(), List.of(
                detail("training.sheet.date", texts.get("training.sheet.date.value", FrenchDates.format(day),
                        FrenchDates.time(sessionDay.start()), FrenchDates.time(sessionDay.end()), number, session.getDays().size())),
                detail("training.sheet.place", sessionDay.place()),
                detail("training.sheet.trainer", training.getTrainer().isBlank() ? "—" : training.getTrainer()),
                detail("training.sheet.organiser", texts.get("training.certificate.federation"))),
                lines, blank ? BLANK_LINES : 0, funderMentions(session));
        String name = texts.get(blank ? "training.sheet.file.blank" : "training.sheet.file.filled", day.toString());
        return new FileDownload(name, PDF, sheets.render(sheet));
    }

    /**
     * The funders of the session's department: the host centre's for a "sur mesure" session; a
     * catalogue session is open to the centres of both departments.
     */
    private List<String> funderMentions(TrainingSession session) {
        List<Department> departments = session.getHost() == null ? List.of(Department.values())
                : List.of(session.getHost().department());
        return funders.supporting(departments).stream().map(Funder::getMention).toList();
    }

    private AttendanceSheet.Detail detail(String labelKey, String value) {
        return new AttendanceSheet.Detail(texts.get(labelKey), value);
    }
}
