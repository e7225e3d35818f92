package fr.centressociaux.portail.shared.measure;

/**
 * One record behind a figure: what it is ("Assemblée territoriale — 14 mars 2024"), what it
 * contributes ("12 participants"), the path of its page in the portal, and whether it names a
 * person (then the funder's drill-down leaves it out).
 */
public record MeasureRecord(String label, String detail, String path, boolean personal) {

    public static MeasureRecord of(String label, String detail, String path) {
        return new MeasureRecord(label, detail, path, false);
    }
}
