package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A convention's terms as staff type them: the funder (a department's, see {@code Funders}), the
 * network head it funds, the years covered, the amount per year and its payment schedule, the
 * deadline of the first year's bilan (the next years' fall on the same day a year later each).
 * The service checks what constraints cannot: the deadline after the year's end, a schedule
 * adding up to 100 %, no overlap with another convention of the same funder.
 */
public record ConventionDraft(
        @NotNull(message = "{portal.validation.required}") @Nullable Department department,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = ConventionDraft.MAX_NAME, message = "{portal.validation.too-long}") String networkHead,
        @Min(value = 2020, message = "{portal.validation.reporting.year}")
        @Max(value = 2100, message = "{portal.validation.reporting.year}") int firstYear,
        @Min(value = 2020, message = "{portal.validation.reporting.year}")
        @Max(value = 2100, message = "{portal.validation.reporting.year}") int lastYear,
        @NotNull(message = "{portal.validation.required}")
        @DecimalMin(value = "0", message = "{portal.validation.reporting.amount}") @Nullable BigDecimal amountPerYear,
        @NotEmpty(message = "{portal.validation.required}") List<@Valid @NotNull Instalment> schedule,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate bilanDeadline) {

    public static final int MAX_NAME = 200;
    /** The longest title of a fiche action or an objective, or label of an indicator. */
    public static final int MAX_TITLE = 500;

    public ConventionDraft {
        schedule = List.copyOf(schedule);
    }

    /** What a new convention starts from: this year, the Département's usual 70/30 schedule, due 30 June. */
    public static ConventionDraft blank(int year) {
        return new ConventionDraft(Department.PAS_DE_CALAIS, "", year, year, BigDecimal.ZERO,
                List.of(new Instalment(70, Instalment.PaymentTrigger.SIGNATURE),
                        new Instalment(30, Instalment.PaymentTrigger.BILAN_VALIDATED)),
                LocalDate.of(year + 1, 6, 30));
    }
}
