package fr.centressociaux.portail.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.BilanService;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.FigureText;
import fr.centressociaux.portail.reporting.NarrativeService;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.support.PortalRuns;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo 2024 Pas-de-Calais bilan written as Word, PDF and Excel files and read back: each fiche
 * action's table holds its objectives and every indicator's figure as the bilan computed it, the
 * narrative staff wrote shows with its figures, the workbook's cells are typed, and the annexes list
 * the year's meetings and trainings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilanDocumentsTest {

    private static final String FEDERATION = "Fédération des centres sociaux du Nord Pas-de-Calais";

    ConfigurableApplicationContext portal;
    Convention convention;
    Bilan bilan;

    @BeforeAll
    void computeThe2024BilanOnTheDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        convention = asStaff(() -> portal.getBean(ConventionService.class).list().stream()
                .filter(found -> found.getNetworkHead().equals(FEDERATION) && found.covers(2024)).findFirst()
                .orElseThrow());
        bilan = bilanOf();
        String firstFigure = NarrativeService.token(bilan.lines().getFirst().indicator());
        asStaff(() -> portal.getBean(NarrativeService.class).save(convention.getId(), 2024,
                bilan.fiches().getFirst().objectives().getFirst().objectiveId(), 0,
                "## Les instances\n\nLes **assemblées territoriales** ont réuni le réseau : " + firstFigure
                        + " sur le Littoral.\n\n- une visite\n- un séminaire\n"));
    }

    @AfterAll
    void stopThePortal() {
        portal.close();
    }

    @Test
    void the_word_bilan_has_a_table_per_fiche_action_with_every_objective_and_figure() {
        byte[] docx = file(DocumentFormat.DOCX);

        List<List<List<String>>> tables = DocumentsReadBack.wordTables(docx);
        for (int f = 0; f < bilan.fiches().size(); f++) {
            Bilan.Fiche fiche = bilan.fiches().get(f);
            List<List<String>> table = tables.get(f);
            assertThat(table.getFirst()).containsExactly("Objectifs", "Bilan 2024");
            assertThat(table.subList(1, table.size())).extracting(row -> row.get(0))
                    .containsExactlyElementsOf(fiche.objectives().stream().map(Bilan.Part::title).toList());
            for (int o = 0; o < fiche.objectives().size(); o++) {
                String cell = DocumentsReadBack.flat(table.get(o + 1).get(1));
                for (BilanLine line : fiche.objectives().get(o).lines()) {
                    assertThat(cell).contains(figure(line));
                }
            }
        }
        assertThat(DocumentsReadBack.flat(tables.getFirst().get(1).get(1)))
                .contains("Les assemblées territoriales ont réuni le réseau : " + FigureText.value(
                        bilan.lines().getFirst().current()) + " sur le Littoral.")
                .contains("une visite").contains("un séminaire");
        assertThat(DocumentsReadBack.wordText(docx)).contains("Bilan 2024 — " + FEDERATION)
                .contains("Financeur : " + bilan.funderName())
                .contains("Annexe — feuilles d’émargement des réunions 2024")
                .contains("Annexe — bilan des formations 2024").contains("Adaptation à la fonction de direction");
    }

    @Test
    void the_pdf_bilan_reads_as_the_same_objectives_and_figures_with_page_numbers() {
        byte[] pdf = file(DocumentFormat.PDF);

        String text = DocumentsReadBack.pdfText(pdf);
        int pages = DocumentsReadBack.pdfPages(pdf);
        assertThat(text).contains("Bilan 2024").contains("Page 1 sur " + pages).contains("Page " + pages + " sur " + pages);
        for (Bilan.Fiche fiche : bilan.fiches()) {
            assertThat(text).contains(DocumentsReadBack.flat(fiche.title()));
            for (Bilan.Part part : fiche.objectives()) {
                assertThat(text).contains(DocumentsReadBack.flat(part.title()));
                part.lines().forEach(line -> assertThat(text).contains(DocumentsReadBack.flat(figure(line))));
            }
        }
    }

    @Test
    void the_workbook_has_a_typed_sheet_per_fiche_action_and_a_sheet_of_records_per_figure() {
        List<DocumentsReadBack.Sheet> sheets = DocumentsReadBack.workbook(file(DocumentFormat.XLSX));

        for (int f = 0; f < bilan.fiches().size(); f++) {
            List<Row> rows = sheets.get(f).rows();
            List<BilanLine> lines = bilan.fiches().get(f).objectives().stream().flatMap(part -> part.lines().stream())
                    .toList();
            List<Row> data = rows.subList(rows.size() - lines.size(), rows.size());
            for (int i = 0; i < lines.size(); i++) {
                BilanLine line = lines.get(i);
                Row row = data.get(i);
                assertThat(row.getCellText(1)).isEqualTo(line.indicator().label());
                assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCellAsNumber(2).orElseThrow().doubleValue())
                        .isEqualTo(line.current().number().orElseThrow());
                assertThat(row.getCellAsNumber(4).orElseThrow().doubleValue())
                        .isEqualTo(line.previous().number().orElseThrow());
            }
        }
        BilanLine assemblies = bilan.lines().getFirst();
        DocumentsReadBack.Sheet records = sheets.stream().filter(sheet -> sheet.name().startsWith("1 ")).findFirst()
                .orElseThrow();
        List<Row> recordRows = records.rows().subList(records.rows().size() - assemblies.current().records().size(),
                records.rows().size());
        assertThat(recordRows).extracting(row -> row.getCellText(0))
                .containsExactlyElementsOf(assemblies.current().records().stream().map(MeasureRecord::label).toList());
        assertThat(recordRows).allSatisfy(row -> {
            assertThat(row.getCell(2).getType()).as("participants as a number").isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsDate(3).orElseThrow().toLocalDate()).as("meeting date as a date")
                    .isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        });
        assertThat(sheets).extracting(DocumentsReadBack.Sheet::name).contains("Émargements 2024", "Formations 2024");
    }

    @Test
    void the_word_bilan_shows_each_fiche_actions_figures_as_a_chart_picture_described_by_its_values() {
        List<DocumentsReadBack.Picture> pictures = DocumentsReadBack.wordPictures(file(DocumentFormat.DOCX));

        assertThat(pictures).hasSizeGreaterThanOrEqualTo(bilan.fiches().size());
        assertThat(pictures).allSatisfy(picture -> {
            assertThat(picture.type()).isEqualTo("image/png");
            assertThat(picture.width()).as("drawn at twice the layout's width").isEqualTo(920);
        });
        String descriptions = DocumentsReadBack.flat(String.join(" ", pictures.stream()
                .map(DocumentsReadBack.Picture::description).toList()));
        for (Bilan.Fiche fiche : bilan.fiches()) {
            assertThat(descriptions).contains(DocumentsReadBack.flat(fiche.title()));
        }
        chartedLines().forEach(line -> assertThat(descriptions).contains(charted(line)));
    }

    @Test
    void the_pdf_bilan_draws_each_chart_as_vector_graphics_whose_labels_are_the_bilans_figures() {
        String text = DocumentsReadBack.pdfText(file(DocumentFormat.PDF));

        for (Bilan.Fiche fiche : bilan.fiches()) {
            assertThat(text).as("the chart's caption").contains(DocumentsReadBack.flat(fiche.title() + " — "));
        }
        chartedLines().forEach(line -> assertThat(text).as("the value drawn at the end of its bar")
                .contains(DocumentsReadBack.flat(FigureText.value(line.current()))));
    }

    /** The figures a chart shows: every indicator with a value, counts, rates and hours alike. */
    private List<BilanLine> chartedLines() {
        return bilan.lines().stream().filter(line -> !line.current().isBroken()).toList();
    }

    /** As a chart's text alternative says a value: the indicator's label, then the value. */
    private static String charted(BilanLine line) {
        return DocumentsReadBack.flat(line.indicator().label() + " " + FigureText.value(line.current()));
    }

    /** How the documents print an indicator's figure: its label and its value as the page shows it. */
    /** As the document's text is compared: spaces of every width read as one (4 426 has a narrow one). */
    private static String figure(BilanLine line) {
        return DocumentsReadBack.flat(line.indicator().label() + " : " + FigureText.value(line.current()));
    }

    private byte[] file(DocumentFormat format) {
        return asStaff(() -> portal.getBean(BilanDocuments.class).file(convention.getId(), 2024, format,
                Progress.NONE).content());
    }

    private Bilan bilanOf() {
        return asStaff(() -> portal.getBean(BilanService.class).live(convention.getId(), 2024));
    }

    /** The work as the demo's staff account, through the services' rights checks. */
    private <T> T asStaff(Supplier<T> work) {
        return portal.getBean(RunAs.class).account("admin@example.org", work).orElseThrow();
    }
}
