package fr.centressociaux.portail.trainings;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Texts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the attestation de formation: the federation as training body, the trainee and their
 * centre, the training, the session's dates, the days present and the hours attended, and the
 * federation's mention.
 */
@Component
class CertificatePdf {

    private static final Font HEADER = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(40, 70, 120));
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font NAME = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11);
    private static final Font LABEL = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);

    private final Texts texts;
    private final SessionTexts sessionTexts;

    CertificatePdf(Texts texts, SessionTexts sessionTexts) {
        this.texts = texts;
        this.sessionTexts = sessionTexts;
    }

    byte[] render(Enrolment trainee, TrainingSession session, Training training, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("training.certificate.title") + " — " + trainee.fullName());
        document.open();
        document.add(new Paragraph(texts.get("training.certificate.federation"), HEADER));
        document.add(spaced(new Paragraph(texts.get("training.certificate.title").toUpperCase(Locale.FRANCE), TITLE),
                36, 24, Element.ALIGN_CENTER));
        document.add(new Paragraph(texts.get("training.certificate.certifies"), TEXT));
        document.add(spaced(new Paragraph(trainee.getFirstName() + " " + trainee.getLastName()
                .toUpperCase(Locale.FRANCE), NAME), 12, 4, Element.ALIGN_CENTER));
        document.add(spaced(new Paragraph(texts.get("training.certificate.of-centre",
                texts.get(trainee.getKind().labelKey()), texts.get(trainee.getJob().labelKey()),
                trainee.getCentreName()), TEXT), 0, 12, Element.ALIGN_CENTER));
        document.add(new Paragraph(texts.get("training.certificate.followed"), TEXT));
        document.add(spaced(new Paragraph("« " + training.getTitle() + " »", NAME), 8, 16, Element.ALIGN_CENTER));
        document.add(line("training.certificate.dates", sessionTexts.dates(session)));
        document.add(line("training.certificate.days-present", trainee.getAttendedDays().stream()
                .map(FrenchDates::format).collect(Collectors.joining(", "))));
        document.add(line("training.certificate.hours", texts.get("training.certificate.hours.value",
                FrenchDates.hours(trainee.getAttendedTime()), FrenchDates.hours(session.getTotalDuration()))));
        if (!training.getTrainer().isBlank()) {
            document.add(line("training.certificate.trainer", training.getTrainer()));
        }
        if (session.getHost() != null) {
            document.add(line("training.certificate.custom", session.getHost().name()));
        }
        document.add(spaced(new Paragraph(texts.get("training.certificate.closing"), TEXT), 24, 8,
                Element.ALIGN_LEFT));
        document.add(new Paragraph(texts.get("training.certificate.issued", FrenchDates.format(issuedOn)), TEXT));
        document.add(spaced(new Paragraph(texts.get("training.certificate.signature"), LABEL), 16, 48,
                Element.ALIGN_RIGHT));
        document.add(new Paragraph(texts.get("training.certificate.mention"), SMALL));
        document.close();
        return out.toByteArray();
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.add(new Phrase(texts.get(labelKey) + " : ", LABEL));
        line.add(new Phrase(value, TEXT));
        line.setSpacingAfter(4);
        return line;
    }

    private static Paragraph spaced(Paragraph paragraph, float before, float after, int alignment) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setAlignment(alignment);
        return paragraph;
    }
}
