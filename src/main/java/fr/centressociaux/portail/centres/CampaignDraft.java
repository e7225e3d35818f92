package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the campaign form holds: the year to open and its closing date. The constraints catch
 * what a form can tell alone; {@link MembershipCampaigns#open} checks the rest against today.
 */
public record CampaignDraft(
        @NotNull(message = "{portal.validation.campaign.year.required}")
        @Min(value = 2000, message = "{portal.validation.campaign.year.range}")
        @Max(value = 2100, message = "{portal.validation.campaign.year.range}") @Nullable Integer year,
        @NotNull(message = "{portal.validation.campaign.closes-on.required}") @Nullable LocalDate closesOn) {
}
