package fr.centressociaux.portail.centres;

/** Centre social (CS) or espace de vie sociale (EVS). */
public enum CentreKind {
    CS,
    EVS;

    public String labelKey() {
        return "centre.kind." + name();
    }
}
