package fr.centressociaux.portail.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the portal's own stylesheet, loaded without a frontend bundle build. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@StyleSheet("styles/meetings.css")
@StyleSheet("styles/meetings-day.css")
@StyleSheet("styles/trainings.css")
@StyleSheet("styles/promeneurs.css")
@StyleSheet("styles/reporting.css")
@StyleSheet("styles/documents.css")
@StyleSheet("styles/newsletter.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
