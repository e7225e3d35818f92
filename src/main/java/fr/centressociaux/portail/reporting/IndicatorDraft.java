package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as staff name it in the convention editor: its label and the id of the measure it
 * quotes (its arguments are typed per parameter, see {@link MeasureChoices}).
 */
public record IndicatorDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = ConventionDraft.MAX_TITLE, message = "{portal.validation.too-long}") String label,
        @NotBlank(message = "{portal.validation.required}") String measureId) {

    public static IndicatorDraft of(@Nullable Indicator indicator) {
        return indicator == null ? new IndicatorDraft("", "")
                : new IndicatorDraft(indicator.label(), indicator.measure().measureId());
    }

    /** The indicator with these arguments, keeping the id of the one edited so narratives' tokens still find it. */
    public Indicator indicator(@Nullable Indicator edited, Map<String, List<String>> arguments) {
        return new Indicator(edited == null ? UUID.randomUUID().toString() : edited.id(), label.strip(),
                new MeasureCall(measureId, arguments));
    }
}
