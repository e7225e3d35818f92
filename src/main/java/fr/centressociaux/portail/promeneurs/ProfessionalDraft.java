package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.shared.EmailAddress;
import fr.centressociaux.portail.shared.EndsAfterStart;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A professional as the coordinator or a director types them: identity, contact, employer (a
 * member centre or a structure outside the network, exactly one), the employer's convention, the
 * networks they are present on, the young people they work with and their themes. The status is
 * changed apart ({@link StatusChangeDraft}), so its history stays dated.
 */
@EndsAfterStart(start = "conventionSignedOn", end = "conventionEndsOn",
        message = "{portal.validation.promeneurs.convention-end}")
public record ProfessionalDraft(
        @NotBlank(message = "{portal.validation.required}") @Size(max = MAX_NAME, message = "{portal.validation.too-long}")
        @Pattern(regexp = NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String firstName,
        @NotBlank(message = "{portal.validation.required}") @Size(max = MAX_NAME, message = "{portal.validation.too-long}")
        @Pattern(regexp = NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String lastName,
        @NotBlank(message = "{portal.validation.required}") @EmailAddress
        @Size(max = 254, message = "{portal.validation.too-long}") String email,
        @Pattern(regexp = PHONE, message = "{portal.validation.centre.phone}") @Nullable String phone,
        @NotBlank(message = "{portal.validation.required}") @Size(max = MAX_NAME, message = "{portal.validation.too-long}")
        @Pattern(regexp = NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String jobTitle,
        @Nullable String centreId,
        @Nullable String structureId,
        @Nullable LocalDate conventionSignedOn,
        @Nullable LocalDate conventionEndsOn,
        @Size(max = 12, message = "{portal.validation.promeneurs.too-many-networks}")
        List<@Valid NetworkPresence> networks,
        @Min(value = 6, message = "{portal.validation.count}") @Max(value = 30, message = "{portal.validation.count}")
        @Nullable Integer ageFrom,
        @Min(value = 6, message = "{portal.validation.count}") @Max(value = 30, message = "{portal.validation.count}")
        @Nullable Integer ageTo,
        @Size(max = 500, message = "{portal.validation.too-long}")
        @Pattern(regexp = NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String themes) {

    public static final int MAX_NAME = 120;
    /** No angle brackets: text typed here is shown on public pages and in exports. */
    public static final String NO_MARKUP = "[^<>]*";
    static final String PHONE = "^(\\+33 ?|0)[1-9]([ .]?\\d{2}){4}$";

    public ProfessionalDraft {
        networks = networks == null ? List.of() : List.copyOf(networks);
        themes = themes == null ? "" : themes;
    }

    /** The draft a form starts from when nothing is known yet. */
    public static ProfessionalDraft empty() {
        return new ProfessionalDraft("", "", "", null, "", null, null, null, null, List.of(), null, null, "");
    }
}
