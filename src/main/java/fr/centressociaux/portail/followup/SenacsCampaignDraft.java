package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.EndsAfterStart;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The dates of a year's SENACS campaign, as staff set them. */
@EndsAfterStart(start = "opensOn", end = "closesOn")
public record SenacsCampaignDraft(@NotNull(message = "{portal.validation.required}") @Nullable LocalDate opensOn,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate closesOn) {
}
