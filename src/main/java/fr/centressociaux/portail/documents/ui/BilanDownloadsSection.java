package fr.centressociaux.portail.documents.ui;

import java.util.List;

import fr.centressociaux.portail.documents.DocumentFormat;
import fr.centressociaux.portail.documents.DocumentJobs;
import fr.centressociaux.portail.reporting.BilanPageSection;

/** Puts the download buttons under the bilan the bilan page shows (the page's extension point). */
@org.springframework.stereotype.Component
class BilanDownloadsSection implements BilanPageSection {

    private final DocumentJobs jobs;

    BilanDownloadsSection(DocumentJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public com.vaadin.flow.component.Component forBilan(String conventionId, int year) {
        return new DocumentDownloads(jobs, List.of(DocumentFormat.values()),
                format -> jobs.bilan(conventionId, year, format));
    }
}
