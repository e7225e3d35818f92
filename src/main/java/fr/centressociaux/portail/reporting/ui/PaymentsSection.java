package fr.centressociaux.portail.reporting.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.centressociaux.portail.reporting.BilanPayments;
import fr.centressociaux.portail.reporting.BilanPayments.InstalmentStatus;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.Attempt;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;

/**
 * Where the year's grant stands, instalment by instalment (share, amount, paid on / due / due once
 * the bilan is validated); staff record a payment when the funder's transfer arrives.
 */
class PaymentsSection extends Div {

    private final BilanPayments payments;
    private final boolean staff;
    private final Attempt attempt = new Attempt(BilanActions.KEYS);

    PaymentsSection(BilanPayments payments, boolean staff) {
        this.payments = payments;
        this.staff = staff;
        addClassName("bilan-payments");
    }

    void show(String conventionId, int year) {
        removeAll();
        List<InstalmentStatus> instalments = payments.of(conventionId, year);
        if (instalments.isEmpty()) {
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.getElement().setAttribute("aria-label", getTranslation("bilan.payments.title"));
        NativeTableRow header = new NativeTableRow(column("bilan.payments.instalment"), column("bilan.payments.amount"),
                column("bilan.payments.state"));
        if (staff) {
            header.add(column("bilan.payments.action"));
        }
        table.getHead().add(header);
        NativeTableBody body = new NativeTableBody();
        instalments.forEach(instalment -> body.add(row(conventionId, year, instalment)));
        table.add(body);
        Div box = new Div(table);
        box.addClassName("report-table-box");
        add(new H2(getTranslation("bilan.payments.title")), box);
    }

    private NativeTableRow row(String conventionId, int year, InstalmentStatus status) {
        String name = getTranslation("bilan.payments.item", status.instalment().percent(),
                getTranslation(status.instalment().dueOn().labelKey()));
        NativeTableCell amount = new NativeTableCell(NumberFormat.getCurrencyInstance(Locale.FRANCE)
                .format(status.amount()));
        amount.addClassName("number");
        NativeTableRow row = new NativeTableRow(new NativeTableCell(name), amount,
                new NativeTableCell(getTranslation(status.state().labelKey(), FrenchDates.format(status.paidOn()))));
        if (staff) {
            NativeTableCell action = new NativeTableCell();
            if (status.state() == BilanPayments.State.DUE) {
                Button record = new Button(getTranslation("bilan.payments.record"),
                        click -> openRecord(conventionId, year, status.position()));
                record.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                record.getElement().setAttribute("aria-label", getTranslation("bilan.payments.record.label", name));
                action.add(record);
            }
            row.add(action);
        }
        return row;
    }

    private void openRecord(String conventionId, int year, int position) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bilan.payments.record"));
        FrenchDatePicker paidOn = new FrenchDatePicker(getTranslation("bilan.payments.paid-on"));
        paidOn.setRequiredIndicatorVisible(true);
        dialog.add(paidOn);
        Button save = new Button(getTranslation("bilan.payments.record"), click -> {
            if (paidOn.getValue() != null && attempt.run(() -> payments.recordPaid(conventionId, year, position,
                    paidOn.getValue()), () -> show(conventionId, year), "bilan.payments.recorded")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("bilan.drill-down.close"), click -> dialog.close()), save);
        dialog.open();
    }

    private NativeTableHeaderCell column(String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
