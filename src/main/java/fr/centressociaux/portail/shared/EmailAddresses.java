package fr.centressociaux.portail.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as the portal stores and compares them: trimmed, lower case, plausibly shaped. */
public final class EmailAddresses {

    // Deliberately simple: one @, a dot in the domain, no spaces. Delivery is the real check.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String address) {
        return address.length() <= 254 && SHAPE.matcher(address.strip()).matches();
    }
}
