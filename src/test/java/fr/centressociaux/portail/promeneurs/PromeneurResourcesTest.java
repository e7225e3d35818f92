package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.RefusedFileException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resources: a link or a file told by its first bytes, withdrawn from the list but still counted in their year. */
@PortalTest
class PromeneurResourcesTest {

    private static final byte[] PDF = "%PDF-1.4 guide".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PromeneurResources resources;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    Clock clock;

    @Test
    void a_published_file_is_served_with_the_type_its_first_bytes_tell_and_counts_in_its_year() {
        BigDecimal before = madeAvailableThisYear();

        PdnResource guide = fixtures.asCoordinator(() -> resources.publish(
                draft("Guide de la présence éducative", null), "guide<1>.pdf", PDF));

        assertThat(fixtures.asCoordinator(() -> resources.download(guide.getId())))
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("application/pdf"))
                .satisfies(file -> assertThat(file.name()).isEqualTo("guide_1_.pdf"));
        assertThat(madeAvailableThisYear()).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void a_withdrawn_resource_leaves_the_list_but_stays_counted() {
        PdnResource link = fixtures.asCoordinator(() -> resources.publish(
                draft("Fiche réflexe cyberharcèlement", "https://example.org/fiche"), null, null));
        BigDecimal counted = madeAvailableThisYear();

        fixtures.asCoordinator(() -> {
            resources.withdraw(link.getId());
            return null;
        });

        assertThat(fixtures.asCoordinator(() -> resources.page(Pageable.unpaged()))).extracting(PdnResource::getId)
                .doesNotContain(link.getId());
        assertThat(madeAvailableThisYear()).isEqualByComparingTo(counted);
    }

    @Test
    void a_page_renamed_pdf_both_a_link_and_a_file_or_a_script_link_is_refused() {
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> resources.publish(draft("Page", null), "page.pdf", page)))
                .isInstanceOf(RefusedFileException.class);
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> resources.publish(
                draft("Les deux", "https://example.org"), "guide.pdf", PDF))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> resources.publish(
                draft("Script", "javascript:alert(1)"), null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> resources.publish(
                draft("Rien", null), null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> resources.publish(
                draft("Trop gros", null), "gros.pdf", new byte[(int) PromeneurResources.MAX_FILE_BYTES + 1])))
                .isInstanceOf(UserFacingException.class);
    }

    private static ResourceDraft draft(String title, String link) {
        return new ResourceDraft(title, "Pour **tous** les promeneurs", link, Department.PAS_DE_CALAIS);
    }

    private BigDecimal madeAvailableThisYear() {
        int thisYear = LocalDate.now(clock).getYear();
        return fixtures.asCoordinator(() -> figures.year(thisYear, Department.PAS_DE_CALAIS))
                .value(PromeneursMeasure.RESOURCES_MADE_AVAILABLE);
    }
}
