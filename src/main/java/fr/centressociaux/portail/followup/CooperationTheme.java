package fr.centressociaux.portail.followup;

/** The themes of the cooperation between centres and MDS that fiche action 2 counts. */
public enum CooperationTheme {
    PARENTING,
    AGEING,
    HEALTH,
    CITIZENSHIP;

    public String labelKey() {
        return "followup.cooperation." + name();
    }
}
