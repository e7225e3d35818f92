package fr.centressociaux.portail.meetings.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.CountedAttendance;
import fr.centressociaux.portail.meetings.CountedImport;
import fr.centressociaux.portail.meetings.CountedLine;
import fr.centressociaux.portail.meetings.CountedLineDraft;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * People known only as a number ("centre × kind × count"): a small grid everyone who sees the
 * meeting reads, and for its managers a line to add one more (checked by its constraints, then by
 * the service: a member centre of that date, no line twice), a button to remove one, and an import.
 */
class CountedSection extends MeetingSection {

    private final CountedAttendance counted;
    private final Runnable reload;
    private final Grid<CountedLine> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div form = new Div();
    private final ComboBox<InvitedCentre> centre = new ComboBox<>();
    private final TextField structure = new TextField();
    // A ComboBox, not a Select: a required Select puts aria-required on a button (DD010).
    private final ComboBox<ParticipantKind> kind = new ComboBox<>();
    private final IntegerField count = new IntegerField();
    private final BeanValidationBinder<CountedLineDraft> binder = new BeanValidationBinder<>(CountedLineDraft.class);
    /** The index the line being added takes in the list sent to the service; -1 while removing one. */
    private int newLine = -1;
    /** The service names the new line's problems {@code lines[n].count}: they show on this form's fields. */
    private final FieldRefusals refusals = new FieldRefusals()
            .onRows("lines", index -> index == newLine ? binder : null);
    private final Button importButton = new Button();
    private final CountedImport imports;
    private Grid.Column<CountedLine> removeColumn;
    private List<CountedLine> lines = List.of();
    private boolean editing;
    private String meetingId = "";

    CountedSection(CountedAttendance counted, CountedImport imports, Runnable reload) {
        super("meeting-page.counted");
        this.counted = counted;
        this.imports = imports;
        this.reload = reload;
        addClassName("counted-section");
        empty.setText(getTranslation("meeting-page.counted.none"));
        empty.addClassName("secondary-text");
        grid.addColumn(line -> line.forCentre() ? line.name()
                : line.name().isBlank() ? getTranslation("meeting-page.counted.outside") : line.name())
                .setHeader(getTranslation("meeting-page.counted.who")).setFlexGrow(3);
        grid.addColumn(line -> getTranslation(line.kind().labelKey()))
                .setHeader(getTranslation("meeting-page.counted.kind")).setFlexGrow(1);
        grid.addColumn(CountedLine::count).setHeader(getTranslation("meeting-page.counted.count")).setFlexGrow(0)
                .setWidth("8em");
        removeColumn = grid.addComponentColumn(this::removeButton).setFlexGrow(0).setWidth("5em");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        buildForm();
        importButton.setText(getTranslation("meeting-page.counted.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addClickListener(click -> new CountedImportDialog(imports, meetingId, reload).open());
        addToHeader(importButton);
        add(grid, empty, form);
    }

    private void buildForm() {
        centre.setLabel(getTranslation("meeting-page.counted.centre"));
        centre.setHelperText(getTranslation("meeting-page.counted.centre.help"));
        centre.setItemLabelGenerator(InvitedCentre::name);
        centre.setClearButtonVisible(true);
        structure.setLabel(getTranslation("meeting-page.counted.structure"));
        structure.setHelperText(getTranslation("meeting-page.counted.structure.help"));
        kind.setLabel(getTranslation("meeting-page.counted.kind"));
        kind.setItems(ParticipantKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        count.setLabel(getTranslation("meeting-page.counted.count"));
        count.setStepButtonsVisible(true);
        centre.addValueChangeListener(change -> structure.setEnabled(change.getValue() == null));
        binder.forField(centre).withConverter(chosen -> chosen == null ? null : chosen.centreId(), this::invited)
                .bind("centreId");
        binder.forField(structure).bind("structure");
        binder.forField(kind).bind("kind");
        binder.forField(count).bind("count");
        binder.setBean(new CountedLineDraft());
        Button add = new Button(getTranslation("meeting-page.counted.add"), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addClassName("counted-form");
        form.add(centre, structure, kind, count, add);
    }

    @Override
    void show(MeetingState state) {
        meetingId = state.id();
        lines = state.meeting().getCountedLines();
        editing = state.canChange();
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
        removeColumn.setVisible(editing);
        form.setVisible(editing);
        importButton.setVisible(editing);
        if (editing && centre.getListDataView().getItemCount() == 0) {
            centre.setItems(counted.centres(meetingId));
        }
    }

    private void add() {
        if (!binder.validate().isOk()) {
            return;
        }
        List<CountedLineDraft> all = drafts();
        all.add(binder.getBean());
        if (save(all, all.size() - 1)) {
            binder.setBean(new CountedLineDraft());
            centre.clear();
            Notifications.success("meeting-page.counted.added");
        }
    }

    private Button removeButton(CountedLine line) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            List<CountedLineDraft> all = drafts();
            all.remove(lines.indexOf(line));
            save(all, -1);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("meeting-page.counted.remove", line.name(), line.count()));
        return remove;
    }

    private List<CountedLineDraft> drafts() {
        return new ArrayList<>(lines.stream().map(CountedLineDraft::of).toList());
    }

    /** Saves the lines; the new line's problems show next to its fields, the others in notifications. True when saved. */
    private boolean save(List<CountedLineDraft> all, int added) {
        newLine = added;
        return refusals.attempt(() -> {
            counted.save(meetingId, all);
            reload.run();
        });
    }

    private @Nullable InvitedCentre invited(@Nullable String centreId) {
        return centreId == null ? null : centre.getListDataView().getItems()
                .filter(choice -> choice.centreId().equals(centreId)).findFirst().orElse(null);
    }
}
