package fr.centressociaux.portail.centres;

/** Run by an association, or by a town (or its CCAS). */
public enum Management {
    ASSOCIATIVE,
    MUNICIPALE;

    public String labelKey() {
        return "centre.management." + name();
    }
}
