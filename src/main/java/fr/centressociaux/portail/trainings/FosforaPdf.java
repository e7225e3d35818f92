package fr.centressociaux.portail.trainings;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

import fr.centressociaux.portail.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The FOSFORA table as a landscape PDF page: sections, lines, subtotals and the general total. */
@Component
class FosforaPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font SECTION = new Font(Font.HELVETICA, 9, Font.BOLDITALIC);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);
    private static final Color SHADE = new Color(230, 236, 245);

    private final Texts texts;

    FosforaPdf(Texts texts) {
        this.texts = texts;
    }

    byte[] render(FosforaTable table, String title, Function<FosforaTable.Row, String> label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(10);
        document.add(heading);
        PdfPTable grid = new PdfPTable(new float[] {46, 11, 11, 9, 9, 14});
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (String key : Fosfora.COLUMNS) {
            grid.addCell(cell(texts.get(key), HEAD, SHADE, Element.ALIGN_CENTER));
        }
        for (FosforaTable.Section section : table.sections()) {
            PdfPCell name = cell(texts.get(section.group().labelKey()), SECTION, null, Element.ALIGN_LEFT);
            name.setColspan(Fosfora.COLUMNS.size());
            grid.addCell(name);
            for (FosforaTable.Row row : section.rows()) {
                figures(grid, label.apply(row), row.figures(), row.funding() == null, TEXT, null);
            }
            if (section.rows().size() > 1) {
                figures(grid, texts.get("fosfora.subtotal", texts.get(section.group().labelKey())),
                        section.subtotal(), section.group() != FosforaGroup.SPECIFIC_FUNDING, HEAD, SHADE);
            }
        }
        figures(grid, texts.get("fosfora.total"), table.total(), true, HEAD, SHADE);
        document.add(grid);
        Paragraph note = new Paragraph(texts.get("fosfora.note"), SMALL);
        note.setSpacingBefore(8);
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    private static void figures(PdfPTable grid, String label, FosforaFigures figures, boolean counts, Font font,
            @Nullable Color shade) {
        grid.addCell(cell(label, font, shade, Element.ALIGN_LEFT));
        for (int value : new int[] {figures.centres(), figures.volunteers(), figures.sessions(), figures.days()}) {
            grid.addCell(cell(counts ? String.valueOf(value) : "", font, shade, Element.ALIGN_RIGHT));
        }
        grid.addCell(cell(euros(figures.amount()), font, shade, Element.ALIGN_RIGHT));
    }

    static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        // The standard fonts have no narrow no-break space, which the French format groups thousands with.
        return format.format(amount).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static PdfPCell cell(String text, Font font, @Nullable Color shade, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }
}
