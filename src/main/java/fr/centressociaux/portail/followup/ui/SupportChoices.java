package fr.centressociaux.portail.followup.ui;

import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.followup.AmeppSessions.AmeppSession;
import fr.centressociaux.portail.followup.PartnerOrganisation;
import fr.centressociaux.portail.followup.SupportTheme;
import fr.centressociaux.portail.shared.FrenchDates;

/**
 * What the support form offers to choose from: the themes of thematic supports, the partner
 * organisations of the register, and the AMEPP sessions the centre's people attended (for a renewal).
 */
record SupportChoices(List<SupportTheme> themes, List<PartnerOrganisation> organisations,
        List<AmeppSession> ameppSessions) {

    /** An AMEPP session as the form and the action's details name it: its title, dates and attendees. */
    static String label(AmeppSession session) {
        return I18NProvider.translate("followup.amepp.session", session.title(), FrenchDates.format(session.firstDay()),
                FrenchDates.format(session.lastDay()), session.attendees());
    }
}
