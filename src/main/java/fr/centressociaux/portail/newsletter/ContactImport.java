package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.newsletter.internal.ListStore;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.TableReader;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Contacts imported onto a list from a CSV or XLSX file (columns nom, email, fonction, centre):
 * first a preview where every bad row is listed (invalid address, unknown centre, an address twice
 * in the file), then the import, refused as a whole while any row has a problem. Every row is
 * checked before the first is written; the rows are then written one document each.
 */
@Service
public class ContactImport {

    static final int MAX_LINES = 5_000;

    private final NewsletterSubscribers subscribers;
    private final ListStore lists;
    private final NewsletterAccess access;
    private final CentreService centres;
    private final InputValidation validation;
    private final Clock clock;

    ContactImport(NewsletterSubscribers subscribers, ListStore lists, NewsletterAccess access, CentreService centres,
            InputValidation validation, Clock clock) {
        this.subscribers = subscribers;
        this.lists = lists;
        this.access = access;
        this.centres = centres;
        this.validation = validation;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ContactImportPreview preview(String listId, byte[] content) {
        access.checkStaff();
        lists.get(listId);
        return read(content, centresByName());
    }

    /** Writes every row onto the list, or nothing when a row has a problem; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    public int apply(String listId, byte[] content) {
        access.checkStaff();
        lists.get(listId);
        Map<String, String> byName = centresByName();
        ContactImportPreview preview = read(content, byName);
        if (preview.hasErrors()) {
            throw new UserFacingException("newsletter.import.has-errors");
        }
        for (ContactImportPreview.Row row : preview.rows()) {
            String centreId = row.centre() == null ? null : byName.get(SearchKeys.of(row.centre()));
            subscribers.record(new ContactDraft(row.name(), row.email(), row.function(), centreId, Set.of(listId)),
                    centreId == null ? null : subscribers.centreOf(centreId), ConsentSource.IMPORT);
        }
        return preview.rows().size();
    }

    private ContactImportPreview read(byte[] content, Map<String, String> centresByName) {
        Table table = TableReader.read(content, MAX_LINES);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(SearchKeys.of(table.header().get(i)), i);
        }
        for (String column : List.of("nom", "email")) {
            if (!columns.containsKey(column)) {
                throw new UserFacingException("newsletter.import.missing-column", column);
            }
        }
        Set<String> seen = new HashSet<>();
        List<ContactImportPreview.Row> rows = new ArrayList<>();
        for (Table.Line line : table.lines()) {
            rows.add(row(line, columns, centresByName, seen));
        }
        return new ContactImportPreview(rows);
    }

    private ContactImportPreview.Row row(Table.Line line, Map<String, Integer> columns,
            Map<String, String> centresByName, Set<String> seen) {
        String name = cell(line, columns, "nom");
        String email = cell(line, columns, "email");
        String function = blankToNull(cell(line, columns, "fonction"));
        String centre = blankToNull(cell(line, columns, "centre"));
        // The list is checked by the caller; a placeholder keeps the draft's own constraint quiet.
        Problems problems = validation.of(new ContactDraft(name, email, function, null, Set.of("list")));
        if (centre != null && !centresByName.containsKey(SearchKeys.of(centre))) {
            problems.add("centreId", "newsletter.import.unknown-centre", centre);
        }
        if (!email.isBlank() && !seen.add(EmailAddresses.normalise(email))) {
            problems.add("email", "newsletter.import.duplicate", email);
        }
        return new ContactImportPreview.Row(line.number(), name, email, function, centre,
                problems.list());
    }

    private static String cell(Table.Line line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cell(index).strip();
    }

    private Map<String, String> centresByName() {
        int year = LocalDate.now(clock).getYear();
        Map<String, String> byName = new HashMap<>();
        List<Centre> page;
        int number = 0;
        do {
            page = centres.page(CentreFilter.forYear(year), PageRequest.of(number++, 200));
            page.forEach(centre -> byName.putIfAbsent(SearchKeys.of(centre.getProfile().name()), centre.getId()));
        } while (page.size() == 200);
        return byName;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
