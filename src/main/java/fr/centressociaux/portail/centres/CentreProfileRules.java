package fr.centressociaux.portail.centres;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The rules every centre profile obeys, wherever it comes from (a director's form, an
 * application to join, an imported spreadsheet): one place, so the three cannot disagree.
 */
public final class CentreProfileRules {

    private static final Pattern POSTAL_CODE = Pattern.compile("^\\d{5}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/]+\\.[^\\s]+$");

    private CentreProfileRules() {
    }

    /** Problems of the profile; empty when it is acceptable. */
    public static List<ProfileProblem> problems(CentreProfile profile) {
        List<ProfileProblem> problems = new ArrayList<>();
        requireText(problems, "name", profile.name(), 150);
        if (profile.kind() == null) {
            problems.add(ProfileProblem.of("kind", "centre.rule.required"));
        }
        if (profile.management() == null) {
            problems.add(ProfileProblem.of("management", "centre.rule.required"));
        }
        requireText(problems, "street", profile.street(), 200);
        requireText(problems, "commune", profile.commune(), 100);
        if (blank(profile.postalCode()) || !POSTAL_CODE.matcher(profile.postalCode().strip()).matches()) {
            problems.add(ProfileProblem.of("postalCode", "centre.rule.postal-code"));
        } else if (Department.ofPostalCode(profile.postalCode().strip()).isEmpty()) {
            problems.add(ProfileProblem.of("postalCode", "centre.rule.postal-code-department"));
        }
        if (!blank(profile.epci()) && profile.epci().length() > 150) {
            problems.add(ProfileProblem.of("epci", "centre.rule.too-long", 150));
        }
        if (!blank(profile.email()) && !EmailAddresses.isValid(profile.email())) {
            problems.add(ProfileProblem.of("email", "centre.rule.email"));
        }
        if (!blank(profile.phone()) && frenchPhone(profile.phone()) == null) {
            problems.add(ProfileProblem.of("phone", "centre.rule.phone"));
        }
        if (!blank(profile.website()) && profile.website().strip().length() > 200) {
            problems.add(ProfileProblem.of("website", "centre.rule.too-long", 200));
        } else if (!blank(profile.website()) && !WEBSITE.matcher(profile.website().strip()).matches()) {
            problems.add(ProfileProblem.of("website", "centre.rule.website"));
        }
        if (blank(profile.siret())) {
            if (profile.management() == Management.ASSOCIATIVE) {
                problems.add(ProfileProblem.of("siret", "centre.rule.siret-required"));
            }
        } else if (!Siret.isValid(profile.siret())) {
            problems.add(ProfileProblem.of("siret", "centre.rule.siret"));
        }
        return problems;
    }

    /**
     * Problems of the person holding the director or chair role, under the fields
     * {@code <role>.name} and {@code <role>.email}: a name, and an address that looks like one.
     */
    public static List<ProfileProblem> holderProblems(String role, @Nullable RoleHolder holder) {
        List<ProfileProblem> problems = new ArrayList<>();
        if (holder == null) {
            return problems;
        }
        requireText(problems, role + ".name", holder.name(), 120);
        if (!blank(holder.email()) && !EmailAddresses.isValid(holder.email())) {
            problems.add(ProfileProblem.of(role + ".email", "centre.rule.email"));
        }
        return problems;
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

    /** Throws with every problem, or returns the tidied profile. */
    static CentreProfile validated(CentreProfile profile) {
        List<ProfileProblem> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return tidy(profile);
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

    private static void requireText(List<ProfileProblem> problems, String field, @Nullable String value, int max) {
        if (blank(value)) {
            problems.add(ProfileProblem.of(field, "centre.rule.required"));
        } else if (value.strip().length() > max) {
            problems.add(ProfileProblem.of(field, "centre.rule.too-long", max));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String orNull(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
