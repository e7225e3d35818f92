package fr.centressociaux.portail.trainings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.shared.DefaultYear;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.internal.TrainingFigures;
import fr.centressociaux.portail.trainings.internal.TrainingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The training bilan the convention asks for: per training, who attended from a department's
 * centres (employees and volunteers), how many centres, sessions and hours, with totals; and its
 * spreadsheet. A session counts in the year of its first day; a person counts once they attended
 * one day.
 */
@Service
public class TrainingBilans {

    /** The portal's records start then. */
    public static final int FIRST_YEAR = 2020;

    static final List<String> COLUMNS = List.of("training.bilan.column.training", "training.bilan.column.family",
            "training.bilan.column.sessions", "training.bilan.column.employees", "training.bilan.column.volunteers",
            "training.bilan.column.trainees", "training.bilan.column.centres", "training.bilan.column.hours");

    private final TrainingFigures figures;
    private final TrainingRepository trainings;
    private final TrainingAccess access;
    private final Texts texts;

    TrainingBilans(TrainingFigures figures, TrainingRepository trainings, TrainingAccess access, Texts texts) {
        this.figures = figures;
        this.trainings = trainings;
        this.access = access;
        this.texts = texts;
    }

    /** The bilan of the year for the department (null: both), trainings by family then title. */
    @PreAuthorize("isAuthenticated()")
    public TrainingBilan bilan(int year, @Nullable Department department) {
        access.checkBilan(department);
        TrainingFigures.BilanFigures counts = figures.bilan(year, department);
        Map<String, Training> byId = new HashMap<>();
        trainings.findAllById(counts.byTraining().keySet()).forEach(training -> byId.put(training.getId(), training));
        List<TrainingBilan.Row> rows = new ArrayList<>();
        counts.byTraining().forEach((trainingId, row) -> {
            Training training = byId.get(trainingId);
            if (training != null) {
                rows.add(new TrainingBilan.Row(trainingId, training.getTitle(), training.getFamily(), row));
            }
        });
        rows.sort(Comparator.comparing(TrainingBilan.Row::family)
                .thenComparing(row -> SearchKeys.of(row.title())));
        return new TrainingBilan(year, department, rows, counts.total());
    }

    /**
     * The year the reports open on: this year when someone of the department's centres attended a
     * session in it, otherwise the latest year when someone did. The FOSFORA table shares it: its
     * volunteers are among those people.
     */
    @PreAuthorize("isAuthenticated()")
    public DefaultYear defaultYear(@Nullable Department department) {
        access.checkBilan(department);
        int thisYear = access.today().getYear();
        return DefaultYear.choose(thisYear, FIRST_YEAR, thisYear + 1, year -> figures.anyAttended(year, department));
    }

    /** "bilan-formations-2024-62.xlsx" */
    @PreAuthorize("isAuthenticated()")
    public FileDownload bilanXlsx(int year, @Nullable Department department) {
        TrainingBilan bilan = bilan(year, department);
        String scope = department == null ? texts.get("training.bilan.both-departments")
                : texts.get(department.labelKey());
        byte[] content = Spreadsheet.bytes(texts.get("training.bilan.sheet", String.valueOf(year)),
                sheet -> write(sheet, bilan, texts.get("training.bilan.title", String.valueOf(year), scope)));
        String name = texts.get("training.bilan.file", String.valueOf(year),
                department == null ? "59-62" : department.code());
        return new FileDownload(name, Spreadsheet.CONTENT_TYPE, content);
    }

    private void write(Spreadsheet sheet, TrainingBilan bilan, String title) {
        sheet.title(title).header(COLUMNS.stream().map(texts::get).toList(), 60, 16);
        for (TrainingBilan.Row line : bilan.rows()) {
            sheet.row(counts(line.title(), texts.get(line.family().labelKey()), line.counts()));
        }
        sheet.total(counts(texts.get("training.bilan.total"), null, bilan.total())).note(texts.get("training.bilan.note"));
    }

    private static List<@Nullable Object> counts(String title, @Nullable String family, TraineeCounts counts) {
        return Arrays.asList(title, family, counts.sessions(), counts.employees(), counts.volunteers(),
                counts.trainees(), counts.centres(), Spreadsheet.hours(counts.attended()));
    }
}
