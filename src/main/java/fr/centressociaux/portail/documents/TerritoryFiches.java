package fr.centressociaux.portail.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.Figure;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TraineeCounts;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The "fiche territoire" a delegate presents at the territorial assembly (DD018): for a territory
 * and a year, the member centres, the meetings by kind, the participants by kind, the centres
 * represented and their rate, and the trainings, each against the year before; written as Word or
 * PDF by the bilan's writers. Staff write any territory's, a delegate only their territories'.
 * The figures are the meeting list's (meetings of the territory's scope) and the training bilan's,
 * which counts per department only: the fiche says so.
 */
@Service
public class TerritoryFiches {

    private static final String NO_MEASURE = "fiche-territoire";

    private final TerritoryService territories;
    private final CentreService centres;
    private final MeetingService meetings;
    private final MeetingTerms terms;
    private final TrainingBilans trainings;
    private final CurrentUser currentUser;
    private final DocumentWriters writers;
    private final Texts texts;

    TerritoryFiches(TerritoryService territories, CentreService centres, MeetingService meetings, MeetingTerms terms,
            TrainingBilans trainings, CurrentUser currentUser, DocumentWriters writers, Texts texts) {
        this.territories = territories;
        this.centres = centres;
        this.meetings = meetings;
        this.terms = terms;
        this.trainings = trainings;
        this.currentUser = currentUser;
        this.writers = writers;
        this.texts = texts;
    }

    /** The territories whose fiche the caller may write: all for staff, their own for a delegate. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<Territory> territories() {
        AccountPrincipal user = user();
        return territories.all().stream().filter(territory -> user.role() == Role.ADMIN
                || user.scope().territoryIds().contains(territory.getId()))
                .sorted(Comparator.comparing(Territory::getName)).toList();
    }

    /** "fiche-territoire-LIT62-2024.pdf" */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public FileDownload file(String territoryId, int year, DocumentFormat format, Progress progress) {
        BilanDocument fiche = document(territoryId, year, progress.part(0, 0.6));
        Territory territory = territories.get(territoryId).orElseThrow();
        return new FileDownload(texts.get("documents.fiche.file", territory.getCode(), String.valueOf(year),
                format.extension()), format.contentType(), writers.bytes(fiche, format, progress.part(0.6, 1)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public BilanDocument document(String territoryId, int year, Progress progress) {
        AccountPrincipal user = user();
        if (user.role() != Role.ADMIN && !user.scope().territoryIds().contains(territoryId)) {
            throw new AccessDeniedException("Territory of another delegate");
        }
        Territory territory = territories.get(territoryId)
                .orElseThrow(() -> new AccessDeniedException("Unknown territory"));
        YearFigures now = figures(territoryId, null, year);
        YearFigures before = figures(territoryId, null, year - 1);
        progress.reached(0.3);
        List<BilanLine> byKind = new ArrayList<>();
        for (MeetingTerm kind : terms.all(TermType.KIND)) {
            int held = figures(territoryId, kind.getId(), year).meetings();
            int heldBefore = figures(territoryId, kind.getId(), year - 1).meetings();
            if (held > 0 || heldBefore > 0) {
                byKind.add(line(kind.getName(), held, heldBefore, MeasureUnit.COUNT));
            }
        }
        byKind.add(line(texts.get("documents.fiche.meetings.total"), now.meetings(), before.meetings(),
                MeasureUnit.COUNT));
        progress.reached(0.7);
        List<BilanLine> byPerson = new ArrayList<>();
        for (ParticipantKind kind : ParticipantKind.values()) {
            byPerson.add(line(texts.get(kind.labelKey()), now.counts().of(kind), before.counts().of(kind),
                    MeasureUnit.COUNT));
        }
        byPerson.add(line(texts.get("documents.fiche.participants.total"), now.counts().participants(),
                before.counts().participants(), MeasureUnit.COUNT));
        TraineeCounts trained = trainings.bilan(year, territory.getDepartment()).total();
        TraineeCounts trainedBefore = trainings.bilan(year - 1, territory.getDepartment()).total();
        int members = centres.membersInTerritoriesOn(List.of(territoryId), LocalDate.of(year, 12, 31)).size();
        int membersBefore = centres.membersInTerritoriesOn(List.of(territoryId), LocalDate.of(year - 1, 12, 31))
                .size();
        List<BilanDocument.Objective> themes = List.of(
                theme("documents.fiche.centres", List.of(line(texts.get("documents.fiche.centres.members"), members,
                        membersBefore, MeasureUnit.COUNT))),
                theme("documents.fiche.meetings", byKind),
                theme("documents.fiche.participants", byPerson),
                theme("documents.fiche.representation", List.of(
                        line(texts.get("documents.fiche.representation.centres"), now.distinctCentresRepresented(),
                                before.distinctCentresRepresented(), MeasureUnit.COUNT),
                        line(texts.get("documents.fiche.representation.invited"), now.distinctCentresInvited(),
                                before.distinctCentresInvited(), MeasureUnit.COUNT),
                        line(texts.get("documents.fiche.representation.rate"), now.distinctRate().orElse(0),
                                before.distinctRate().orElse(0), MeasureUnit.PERCENT))),
                theme("documents.fiche.trainings", List.of(
                        line(texts.get("documents.fiche.trainings.trainees"), trained.trainees(),
                                trainedBefore.trainees(), MeasureUnit.COUNT),
                        line(texts.get("documents.fiche.trainings.sessions"), trained.sessions(),
                                trainedBefore.sessions(), MeasureUnit.COUNT),
                        line(texts.get("documents.fiche.trainings.hours"),
                                Spreadsheet.hours(trained.attended()).value().doubleValue(),
                                Spreadsheet.hours(trainedBefore.attended()).value().doubleValue(), MeasureUnit.HOURS))));
        progress.reached(1);
        boolean empty = members == 0 && now.meetings() == 0 && trained.trainees() == 0;
        return new BilanDocument(texts.get("documents.fiche.title", territory.getName(), String.valueOf(year)),
                List.of(texts.get("documents.fiche.department", texts.get(territory.getDepartment().labelKey())),
                        texts.get("documents.fiche.trainings.scope")),
                year, new BilanDocument.Columns(texts.get("documents.fiche.column.theme"),
                        texts.get("documents.fiche.column.figures", String.valueOf(year))),
                List.of(new BilanDocument.Chapter(territory.getName(), themes, List.of())), List.of(),
                empty ? texts.get("documents.fiche.empty", territory.getName(), String.valueOf(year)) : null);
    }

    private YearFigures figures(String territoryId, @org.jspecify.annotations.Nullable String kindId, int year) {
        return meetings.figures(new MeetingFilter(year, kindId, territoryId, null));
    }

    private BilanDocument.Objective theme(String key, List<BilanLine> lines) {
        return new BilanDocument.Objective(texts.get(key), List.of(), lines);
    }

    /** A figure of the fiche, written by the bilan's writers as an indicator with the year before. */
    private static BilanLine line(String label, double now, double before, MeasureUnit unit) {
        Indicator indicator = new Indicator(label, label, new MeasureCall(NO_MEASURE, Map.of()));
        return new BilanLine(indicator, Figure.of(new MeasureValue(now, unit, List.of())),
                Figure.of(new MeasureValue(before, unit, List.of())));
    }

    private AccountPrincipal user() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
