package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;

/**
 * A centre profile and its role holders tidied for storage once their constraints have passed,
 * wherever they come from (a director's form, an application to join, an imported spreadsheet).
 */
public final class CentreProfiles {

    private CentreProfiles() {
    }

    /** The role holder tidied for storage: trimmed name, address in lower case. */
    public static @Nullable RoleHolder tidyHolder(@Nullable RoleHolder holder) {
        if (holder == null) {
            return null;
        }
        return new RoleHolder(holder.name().strip(),
                blank(holder.email()) ? null : EmailAddresses.normalise(holder.email()), holder.accountId());
    }

    /** The profile tidied for storage: trimmed, email lower case, phone and SIRET normalised. */
    public static CentreProfile tidy(CentreProfile profile) {
        return new CentreProfile(profile.name().strip(), profile.kind(), profile.management(), profile.street().strip(),
                profile.postalCode().strip(), profile.commune().strip(), orNull(profile.epci()),
                blank(profile.email()) ? null : EmailAddresses.normalise(profile.email()),
                blank(profile.phone()) ? null : frenchPhone(profile.phone()), orNull(profile.website()),
                blank(profile.siret()) ? null : Siret.clean(profile.siret()));
    }

    /** "03.21.00.00.00", "+33 3 21 00 00 00" → "03 21 00 00 00"; null if not a French number. */
    static @Nullable String frenchPhone(String phone) {
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("^0[1-9]\\d{8}$")) {
            return null;
        }
        return String.join(" ", digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6),
                digits.substring(6, 8), digits.substring(8, 10));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String orNull(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
