package fr.centressociaux.portail.centres;

/** SIRET numbers: 14 digits whose Luhn checksum is right. */
public final class Siret {

    private Siret() {
    }

    /** Digits only, spaces removed: "123 456 789 00012" → "12345678900012". */
    public static String clean(String siret) {
        return siret.replaceAll("[\\s.]", "");
    }

    public static boolean isValid(String siret) {
        String digits = clean(siret);
        if (!digits.matches("\\d{14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = digits.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
