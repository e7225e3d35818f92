package fr.centressociaux.portail.documents;

import java.util.List;

import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.Figure;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Narratives written in unusual Markdown still make documents: a table, a word longer than a line,
 * emojis, raw HTML, 50 pages of text; Word keeps everything, the PDF everything its fonts can show.
 */
@PortalTest
class DocumentWritersTest {

    private static final String LONG_WORD = "anticonstitutionnellement".repeat(12);

    @Autowired
    DocumentWriters writers;

    @Test
    void a_narrative_with_a_table_a_very_long_word_emojis_and_html_is_laid_out() {
        BilanDocument document = withNarrative("""
                # Bilan de l’année 🎉

                | Territoire | Réunions |
                |---|---|
                | Littoral 62 | 17 |
                | Artois-Audomarois | 6 |

                Un mot très long : %s, et **du gras** avec *de l’italique* 👍🏽.
                <script>alert('x')</script>

                1. premier point
                   - sous-point
                2. second point
                """.formatted(LONG_WORD));

        byte[] docx = writers.bytes(document, DocumentFormat.DOCX, Progress.NONE);
        byte[] pdf = writers.bytes(document, DocumentFormat.PDF, Progress.NONE);

        String word = DocumentsReadBack.flat(DocumentsReadBack.wordTables(docx).getFirst().get(1).get(1));
        assertThat(word).contains("Bilan de l’année 🎉").contains(LONG_WORD).contains("👍🏽")
                .contains("premier point").contains("sous-point").doesNotContain("<script");
        assertThat(DocumentsReadBack.nestedWordTable(docx)).containsExactly(List.of("Territoire", "Réunions"),
                List.of("Littoral 62", "17"), List.of("Artois-Audomarois", "6"));
        String text = DocumentsReadBack.pdfText(pdf).replace(" ", "");
        assertThat(text).contains("Territoire").contains("Littoral62").contains("17")
                .contains(LONG_WORD.substring(0, 60)).contains("secondpoint")
                .contains("Assembléesterritoriales:3(2028:2,écart+1)").doesNotContain("script");
    }

    @Test
    void fifty_pages_of_narrative_run_over_fifty_pdf_pages_with_their_numbers() {
        String page = "Les centres du territoire ont animé des ateliers, des permanences et des fêtes de quartier. "
                .repeat(30);
        BilanDocument document = withNarrative((page + "\n\n").repeat(70));

        byte[] pdf = writers.bytes(document, DocumentFormat.PDF, Progress.NONE);
        byte[] docx = writers.bytes(document, DocumentFormat.DOCX, Progress.NONE);

        int pages = DocumentsReadBack.pdfPages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(50);
        assertThat(DocumentsReadBack.pdfText(pdf)).contains("Page " + pages + " sur " + pages);
        assertThat(DocumentsReadBack.wordText(docx)).contains("fêtes de quartier");
    }

    private static BilanDocument withNarrative(String markdown) {
        BilanLine assemblies = new BilanLine(Indicator.of("Assemblées territoriales", MeasureCall.of("meetings.count",
                MeasureArguments.NONE)), Figure.of(MeasureValue.count(3, List.of())),
                Figure.of(MeasureValue.count(2, List.of())));
        return new BilanDocument("Bilan 2029 — Réseau d’essai", List.of("Financeur : Département"), 2029,
                new BilanDocument.Columns("Objectifs", "Bilan 2029"), List.of(new BilanDocument.Chapter(
                        "Animer le réseau", List.of(new BilanDocument.Objective("Animer les instances",
                                NarrativeBlocks.of(markdown), List.of(assemblies))), List.of())),
                List.of(), null);
    }
}
