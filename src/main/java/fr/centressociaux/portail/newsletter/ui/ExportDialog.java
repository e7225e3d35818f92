package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import fr.centressociaux.portail.newsletter.SubscriberExport;

/** Everything kept about one person, as text staff can copy into their answer to them. */
class ExportDialog extends Dialog {

    ExportDialog(SubscriberExport export) {
        setHeaderTitle(getTranslation("newsletter.export.title", export.email()));
        StringBuilder text = new StringBuilder()
                .append(getTranslation("newsletter.export.identity", export.name(), export.email())).append('\n')
                .append(getTranslation("newsletter.export.source", getTranslation(export.source().labelKey())))
                .append('\n');
        if (export.function() != null) {
            text.append(getTranslation("newsletter.export.function", export.function())).append('\n');
        }
        if (export.centreName() != null) {
            text.append(getTranslation("newsletter.export.centre", export.centreName())).append('\n');
        }
        if (export.bouncedAt() != null) {
            text.append(getTranslation("newsletter.export.bounced", export.bouncedAt())).append('\n');
        }
        for (SubscriberExport.Line line : export.subscriptions()) {
            text.append(getTranslation("newsletter.export.line", line.list(), getTranslation(line.status().labelKey()),
                    line.consentAt(), getTranslation(line.consentHow().labelKey()),
                    line.consentBy() == null ? "—" : line.consentBy(),
                    line.leftAt() == null ? "—" : line.leftAt())).append('\n');
        }
        add(new Pre(text.toString()));
        getFooter().add(new Button(getTranslation("newsletter.export.close"), click -> close()));
    }
}
