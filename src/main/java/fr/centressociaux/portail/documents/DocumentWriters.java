package fr.centressociaux.portail.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import org.springframework.stereotype.Component;

/** Writes a {@link BilanDocument} in the format asked: one entry for the services and the benchmark. */
@Component
public class DocumentWriters {

    private final BilanDocx docx;
    private final BilanPdf pdf;
    private final BilanXlsx xlsx;

    DocumentWriters(BilanDocx docx, BilanPdf pdf, BilanXlsx xlsx) {
        this.docx = docx;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public void write(BilanDocument document, DocumentFormat format, OutputStream out, Progress progress) {
        switch (format) {
            case DOCX -> docx.write(document, out, progress);
            case PDF -> pdf.write(document, out, progress);
            case XLSX -> xlsx.write(document, out, progress);
        }
    }

    public byte[] bytes(BilanDocument document, DocumentFormat format, Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, format, out, progress);
        return out.toByteArray();
    }
}
