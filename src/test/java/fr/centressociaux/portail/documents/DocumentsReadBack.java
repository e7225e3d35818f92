package fr.centressociaux.portail.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the documents back the way a reader's software would: POI for Word, PDFBox for PDF, a reader for Excel. */
final class DocumentsReadBack {

    static {
        // A narrative repeating one sentence compresses far better than POI's zip-bomb guard expects.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    }

    private DocumentsReadBack() {
    }

    /** Every table of the Word file, as rows of cell texts. */
    static List<List<List<String>>> wordTables(byte[] docx) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<String>>> tables = new ArrayList<>();
            for (XWPFTable table : word.getTables()) {
                tables.add(table.getRows().stream().map(row -> row.getTableCells().stream()
                        .map(cell -> cell.getText()).toList()).toList());
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first table written inside a cell of the Word file's first table (a narrative's table). */
    static List<List<String>> nestedWordTable(byte[] docx) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable nested = word.getTables().getFirst().getRows().stream()
                    .flatMap(row -> row.getTableCells().stream()).flatMap(cell -> cell.getTables().stream())
                    .findFirst().orElseThrow();
            return nested.getRows().stream().map(row -> row.getTableCells().stream().map(cell -> cell.getText())
                    .toList()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every picture of the Word file with its type, its width in pixels and its alternative text (the drawing's descr). */
    static List<Picture> wordPictures(byte[] docx) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Picture> pictures = new ArrayList<>();
            for (XWPFParagraph paragraph : word.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        String description = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr();
                        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
                        pictures.add(new Picture(picture.getPictureData().getPictureTypeEnum().getContentType(),
                                image.getWidth(), description));
                    }
                }
            }
            return pictures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Picture(String type, int width, String description) {
    }

    static String wordText(byte[] docx) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text with its spaces and line breaks made single spaces, and the minus a hyphen. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String flat(String text) {
        return text.replace('\u2212', '-').replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** Each sheet's name and rows. */
    static List<Sheet> workbook(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(sheet -> {
                try {
                    return new Sheet(sheet.getName(), sheet.read());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Sheet(String name, List<Row> rows) {
    }
}
