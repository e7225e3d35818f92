package fr.centressociaux.portail.promeneurs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.CentreExport.Format;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's export: what the caller sees, as filtered, with formula-like cells neutralised. */
@PortalTest
class PromeneursExportTest {

    @Autowired
    PromeneursExport export;
    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneursFixtures fixtures;

    @Test
    void a_director_exports_their_centres_professionals_only_with_formulas_neutralised() throws IOException {
        var centre = fixtures.centre("LIT62");
        Professional ours = fixtures.labelled(PromeneursFixtures.draft("=HYPERLINK(\"x\")", "Export", centre.id(), null),
                LocalDate.of(2022, 4, 1));
        Professional theirs = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2022, 4, 1));
        AccountFixtures.actAs(centre.director());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(ProfessionalFilter.any(), Format.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).contains("Nom;Prénom;Courriel").contains(ours.getEmail())
                .contains("'=HYPERLINK").doesNotContain(theirs.getEmail());
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void the_coordinator_exports_the_register_to_a_spreadsheet() throws IOException {
        fixtures.labelledIn(fixtures.structure(StructureKind.MISSION_LOCALE, "AA62"), LocalDate.of(2022, 4, 1));
        AccountFixtures.actAs(fixtures.coordinator);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(ProfessionalFilter.any(), Format.XLSX, out);

        assertThat(out.toByteArray()).as("a zip archive, as XLSX files are").startsWith((byte) 'P', (byte) 'K');
    }
}
