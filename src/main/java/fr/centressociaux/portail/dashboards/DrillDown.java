package fr.centressociaux.portail.dashboards;

import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;

/**
 * The pages a dashboard's figures open, with the filters that show the same records: the meeting
 * list of the year (of a territory, of a department), the training bilan of the year, the follow-up
 * and Promeneurs du Net figures, a centre's page.
 */
final class DrillDown {

    private DrillDown() {
    }

    static String meetings(int year) {
        return "reunions?annee=" + year;
    }

    static String meetings(int year, Territory territory) {
        return meetings(year) + "&territoire=" + territory.getCode();
    }

    static String meetings(int year, Department department) {
        return meetings(year) + "&departement=" + department.code();
    }

    static String trainingBilan(int year) {
        return "formations/bilan?annee=" + year;
    }

    static String followupFigures() {
        return "suivi/chiffres";
    }

    static String promeneursFigures() {
        return "promeneurs/chiffres";
    }

    static String centre(String centreId) {
        return "centres/" + centreId;
    }
}
