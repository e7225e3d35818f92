package fr.centressociaux.portail.reporting;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds under the bilan the bilan page shows (the documents module's download
 * buttons, DD018), so that module's UI reaches the page without the page depending on it.
 */
public interface BilanPageSection {

    Component forBilan(String conventionId, int year);
}
