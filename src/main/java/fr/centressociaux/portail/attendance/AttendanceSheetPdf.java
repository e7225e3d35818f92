package fr.centressociaux.portail.attendance;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import fr.centressociaux.portail.shared.Texts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the French attendance sheet (feuille d'émargement), a contractual deliverable: header
 * with the event and the mention of the funders of its department (data of {@code territories}),
 * one row per person with a signature column tall enough to sign in, the table header repeated on
 * every page.
 */
@Component
public class AttendanceSheetPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);
    private static final float ROW_HEIGHT = 26f;

    private final Texts texts;

    AttendanceSheetPdf(Texts texts) {
        this.texts = texts;
    }

    public byte[] render(AttendanceSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("sheet.pdf.title") + " — " + sheet.title());
        document.open();
        document.add(new Paragraph(texts.get("sheet.pdf.title").toUpperCase(java.util.Locale.FRANCE), LABEL));
        Paragraph title = new Paragraph(sheet.title(), TITLE);
        title.setSpacingAfter(6);
        document.add(title);
        for (AttendanceSheet.Detail detail : sheet.details()) {
            Paragraph line = new Paragraph();
            line.add(new Phrase(detail.label() + " : ", LABEL));
            line.add(new Phrase(detail.value(), TEXT));
            document.add(line);
        }
        Paragraph funder = new Paragraph(funderLine(sheet), SMALL);
        funder.setSpacingBefore(6);
        funder.setSpacingAfter(10);
        document.add(funder);
        document.add(table(sheet));
        document.close();
        return out.toByteArray();
    }

    /** The funders' mentions and the reminder to keep the sheet for their convention; nothing without a funder. */
    private String funderLine(AttendanceSheet sheet) {
        return sheet.funderMentions().isEmpty() ? ""
                : String.join(" ", sheet.funderMentions()) + " " + texts.get("sheet.pdf.keep");
    }

    private PdfPTable table(AttendanceSheet sheet) {
        PdfPTable table = new PdfPTable(new float[] {5, 28, 28, 13, 9, 22});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] {"sheet.pdf.number", "sheet.pdf.name", "sheet.pdf.organisation",
                "sheet.pdf.kind", "sheet.pdf.check-in", "sheet.pdf.signature"}) {
            PdfPCell cell = new PdfPCell(new Phrase(texts.get(key), LABEL));
            cell.setBackgroundColor(new Color(230, 236, 245));
            cell.setPadding(4);
            table.addCell(cell);
        }
        int number = 0;
        for (AttendanceSheet.Line line : sheet.lines()) {
            row(table, ++number, line.name(), line.organisation(), texts.get(line.kind().labelKey()),
                    line.checkInTime() == null ? "" : line.checkInTime());
        }
        for (int blank = 0; blank < sheet.blankLines(); blank++) {
            row(table, ++number, "", "", "", "");
        }
        return table;
    }

    private static void row(PdfPTable table, int number, String... values) {
        table.addCell(cell(String.valueOf(number), Element.ALIGN_RIGHT));
        for (String value : values) {
            table.addCell(cell(value, Element.ALIGN_LEFT));
        }
        table.addCell(cell("", Element.ALIGN_LEFT));
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }
}
