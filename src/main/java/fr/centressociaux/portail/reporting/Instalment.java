package fr.centressociaux.portail.reporting;

/** A part of a year's amount and when it is due: "70 % à la signature", "30 % après validation du bilan". */
public record Instalment(int percent, PaymentTrigger dueOn) {

    /** What makes an instalment due. */
    public enum PaymentTrigger {
        SIGNATURE,
        BILAN_VALIDATED;

        public String labelKey() {
            return "reporting.payment." + name();
        }
    }
}
