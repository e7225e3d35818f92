package fr.centressociaux.portail.territories;

import java.util.Arrays;
import java.util.Optional;

/** The two departments of the network. */
public enum Department {
    NORD("59"),
    PAS_DE_CALAIS("62");

    private final String code;

    Department(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "department." + name();
    }

    /** The department of a code such as "62"; none for an unknown or missing code. */
    public static Optional<Department> ofCode(@org.jspecify.annotations.Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(department -> department.code.equals(code.strip())).findFirst();
    }

    /** The department a French postal code belongs to, if it is one of ours. */
    public static Optional<Department> ofPostalCode(String postalCode) {
        return postalCode.length() == 5 ? ofCode(postalCode.substring(0, 2)) : Optional.empty();
    }
}
