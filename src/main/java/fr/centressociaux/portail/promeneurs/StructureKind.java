package fr.centressociaux.portail.promeneurs;

/**
 * The kind of an employer structure. A member centre is {@link #MEMBER_CENTRE}; the others are
 * structures outside the network. French labels are {@code promeneurs.structure-kind.<NAME>}.
 */
public enum StructureKind {
    MEMBER_CENTRE, MISSION_LOCALE, COLLEGE, LYCEE, TOWN_YOUTH_SERVICE, PREVENTION, ASSOCIATION, OTHER;

    public String labelKey() {
        return "promeneurs.structure-kind." + name();
    }
}
