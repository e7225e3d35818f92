package fr.centressociaux.portail.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanService;
import fr.centressociaux.portail.reporting.BilanWorkflow;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.NarrativeService;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The bilan of a convention for a year as a document (DD018), the same bilan the page shows the
 * caller: computed live for staff, delegates, directors and the Promeneurs du Net coordinator (the
 * reporting and meetings modules scope the figures), as submitted for the funder. Staff's documents
 * carry the narratives; the others the automatic summary lines (narratives are read by staff only
 * until the snapshot freezes them, DD013). Annexes: the year's meetings with their attendance
 * sheets, and the training bilan of the convention's department, each left out with a note when
 * the caller may not read it.
 */
@Service
public class BilanDocuments {

    private static final int PAGE = 500;

    private final BilanService bilans;
    private final BilanWorkflow workflow;
    private final ConventionService conventions;
    private final NarrativeService narratives;
    private final MeetingService meetings;
    private final TrainingBilans trainings;
    private final CurrentUser currentUser;
    private final List<BilanIllustrations> illustrations;
    private final DocumentWriters writers;
    private final Texts texts;

    BilanDocuments(BilanService bilans, BilanWorkflow workflow, ConventionService conventions,
            NarrativeService narratives, MeetingService meetings, TrainingBilans trainings, CurrentUser currentUser,
            List<BilanIllustrations> illustrations, DocumentWriters writers, Texts texts) {
        this.bilans = bilans;
        this.workflow = workflow;
        this.conventions = conventions;
        this.narratives = narratives;
        this.meetings = meetings;
        this.trainings = trainings;
        this.currentUser = currentUser;
        this.illustrations = illustrations;
        this.writers = writers;
        this.texts = texts;
    }

    /** "bilan-2024-federation-des-centres-sociaux.docx" */
    @PreAuthorize("isAuthenticated()")
    public FileDownload file(String conventionId, int year, DocumentFormat format, Progress progress) {
        BilanDocument document = document(conventionId, year, progress.part(0, 0.5));
        byte[] content = writers.bytes(document, format, progress.part(0.5, 1));
        return new FileDownload(texts.get("documents.bilan.file", String.valueOf(year), format.extension()),
                format.contentType(), content);
    }

    @PreAuthorize("isAuthenticated()")
    public BilanDocument document(String conventionId, int year, Progress progress) {
        Convention convention = conventions.get(conventionId);
        Role role = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in")).role();
        Bilan bilan = role == Role.FUNDER ? workflow.submitted(conventionId, year) : bilans.live(conventionId, year);
        progress.reached(0.6);
        boolean staff = role == Role.ADMIN;
        List<BilanDocument.Chapter> chapters = new ArrayList<>();
        for (int f = 0; f < bilan.fiches().size(); f++) {
            Bilan.Fiche fiche = bilan.fiches().get(f);
            List<BilanDocument.Objective> objectives = new ArrayList<>();
            for (int o = 0; o < fiche.objectives().size(); o++) {
                Bilan.Part part = fiche.objectives().get(o);
                String markdown = staff ? narratives.find(conventionId, year, f + "." + o).map(n -> n.getText())
                        .orElse("") : "";
                List<NarrativeBlock> text = markdown.isBlank() ? List.of()
                        : NarrativeBlocks.of(narratives.withFigures(bilan, markdown));
                objectives.add(new BilanDocument.Objective(part.title(), text, part.lines()));
            }
            chapters.add(new BilanDocument.Chapter(fiche.title(), objectives, illustrations.stream()
                    .flatMap(source -> source.of(bilan, fiche).stream()).toList()));
        }
        progress.reached(0.8);
        List<BilanDocument.Annex> annexes = List.of(
                annex("documents.annex.meetings", year, () -> meetingsAnnex(convention, year)),
                annex("documents.annex.trainings", year, () -> trainingsAnnex(convention, year)));
        progress.reached(1);
        return new BilanDocument(texts.get("documents.bilan.title", String.valueOf(year), bilan.networkHead()),
                List.of(texts.get("documents.bilan.convention", convention.getNetworkHead(), convention.getFunderName(),
                        String.valueOf(convention.getFirstYear()), String.valueOf(convention.getLastYear())),
                        texts.get("documents.bilan.funder", bilan.funderName()),
                        texts.get("documents.bilan.year", String.valueOf(year))),
                year, new BilanDocument.Columns(texts.get("documents.column.objectives"),
                        texts.get("documents.column.bilan", String.valueOf(year))),
                chapters, annexes, emptyNotice(bilan));
    }

    /** Nothing recorded: no fiche action, or every figure zero or missing. */
    private @Nullable String emptyNotice(Bilan bilan) {
        boolean nothing = bilan.lines().stream().noneMatch(line -> line.current().number().orElse(0.0) != 0);
        return nothing ? texts.get("documents.empty", String.valueOf(bilan.year())) : null;
    }

    private BilanDocument.Annex annex(String key, int year, Supplier<BilanDocument.Annex> content) {
        try {
            return content.get();
        } catch (AccessDeniedException notForThisReader) {
            return new BilanDocument.Annex(texts.get(key, String.valueOf(year)),
                    texts.get(key + ".tab", String.valueOf(year)), List.of(), List.of(),
                    texts.get("documents.annex.not-readable"));
        }
    }

    private BilanDocument.Annex meetingsAnnex(Convention convention, int year) {
        MeetingFilter filter = new MeetingFilter(year, null, null, convention.getDepartment());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        long total = meetings.count(filter);
        for (int page = 0; (long) page * PAGE < total; page++) {
            for (MeetingRow row : meetings.list(filter, PageRequest.of(page, PAGE, Sort.by("date")))) {
                rows.add(Arrays.asList(row.meeting().getDate(), row.meeting().getTitle(), row.kindName(),
                        row.counts().participants(), texts.get(row.meeting().getSignedSheet().isPresent()
                                ? "documents.annex.meetings.signed" : "documents.annex.meetings.unsigned")));
            }
        }
        return new BilanDocument.Annex(texts.get("documents.annex.meetings", String.valueOf(year)),
                texts.get("documents.annex.meetings.tab", String.valueOf(year)),
                List.of(texts.get("documents.annex.meetings.date"), texts.get("documents.annex.meetings.title"),
                        texts.get("documents.annex.meetings.kind"), texts.get("documents.annex.meetings.participants"),
                        texts.get("documents.annex.meetings.sheet")),
                rows, rows.isEmpty() ? texts.get("documents.annex.meetings.none", String.valueOf(year)) : "");
    }

    private BilanDocument.Annex trainingsAnnex(Convention convention, int year) {
        TrainingBilan bilan = trainings.bilan(year, convention.getDepartment());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (TrainingBilan.Row row : bilan.rows()) {
            rows.add(Arrays.asList(row.title(), texts.get(row.family().labelKey()), row.counts().sessions(),
                    row.counts().employees(), row.counts().volunteers(), row.counts().centres(),
                    Spreadsheet.hours(row.counts().attended()).value()));
        }
        return new BilanDocument.Annex(texts.get("documents.annex.trainings", String.valueOf(year)),
                texts.get("documents.annex.trainings.tab", String.valueOf(year)),
                List.of(texts.get("training.bilan.column.training"), texts.get("training.bilan.column.family"),
                        texts.get("training.bilan.column.sessions"), texts.get("training.bilan.column.employees"),
                        texts.get("training.bilan.column.volunteers"), texts.get("training.bilan.column.centres"),
                        texts.get("training.bilan.column.hours")),
                rows, rows.isEmpty() ? texts.get("documents.annex.trainings.none", String.valueOf(year)) : "");
    }
}
