package fr.centressociaux.portail.centres;

/** What importing a row does to the directory. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED;

    public String labelKey() {
        return "import.action." + name();
    }
}
