package fr.centressociaux.portail.centres;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.centressociaux.portail.shared.SearchKeys;

/**
 * The columns of a centres spreadsheet, in the order the directory export writes them and the
 * import reads them. Headers match whatever their case, accents or separators ("Code postal",
 * "code_postal"). Optional columns left out of a file leave those fields of existing centres as
 * they are; a column that is there but blank clears the field.
 */
public enum CentreColumn {
    NAME("nom", true),
    KIND("type", true),
    MANAGEMENT("gestion", true),
    STREET("adresse", true),
    POSTAL_CODE("code_postal", true),
    COMMUNE("commune", true),
    DEPARTMENT("departement", false),
    EPCI("epci", false),
    TERRITORY("territoire", true),
    SIRET("siret", false),
    EMAIL("courriel", false),
    PHONE("telephone", false),
    WEBSITE("site_web", false),
    APPROVAL_START("agrement_debut", false),
    APPROVAL_END("agrement_fin", false),
    EMPLOYEES("salaries", false),
    FULL_TIME_EQUIVALENT("etp", false),
    VOLUNTEERS("benevoles", false),
    DIRECTOR_NAME("direction_nom", false),
    DIRECTOR_EMAIL("direction_courriel", false),
    CHAIR_NAME("presidence_nom", false),
    CHAIR_EMAIL("presidence_courriel", false),
    LEFT_ON("adhesion_fin", false),
    LEAVING_REASON("motif_depart", false);

    /** Columns that only mean something together: a file has all of a group or none. */
    static final List<List<CentreColumn>> GROUPS = List.of(List.of(APPROVAL_START, APPROVAL_END),
            List.of(EMPLOYEES, FULL_TIME_EQUIVALENT, VOLUNTEERS), List.of(DIRECTOR_NAME, DIRECTOR_EMAIL),
            List.of(CHAIR_NAME, CHAIR_EMAIL));

    private static final String MEMBERSHIP_PREFIX = "adhesion_";
    private static final Pattern MEMBERSHIP_OF_A_YEAR = Pattern.compile("adhesion \\d{4}");

    private final String header;
    private final boolean required;

    CentreColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The header as the export writes it, e.g. {@code code_postal}. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a header written by someone names, if any. */
    public static Optional<CentreColumn> named(String header) {
        String key = SearchKeys.of(header);
        return Arrays.stream(values()).filter(column -> SearchKeys.of(column.header).equals(key)).findFirst();
    }

    /** Every header, in order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(CentreColumn::header).toList();
    }

    /**
     * The column an export adds after the centre's own: its membership in the year exported, e.g.
     * {@code adhesion_2025}. Information for the reader; an import leaves it aside.
     */
    public static String membershipIn(int year) {
        return MEMBERSHIP_PREFIX + year;
    }

    static boolean isMembershipOfAYear(String header) {
        return MEMBERSHIP_OF_A_YEAR.matcher(SearchKeys.of(header)).matches();
    }
}
