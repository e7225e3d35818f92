package fr.centressociaux.portail.reporting;

/**
 * One indicator of an objective: what the bilan calls it ("Assemblées territoriales du Littoral")
 * and the measure that computes it. The id stays when the indicator is renamed or moved, so
 * narratives' figure tokens keep pointing at it.
 */
public record Indicator(String id, String label, MeasureCall measure) {

    public static Indicator of(String label, MeasureCall measure) {
        return new Indicator(java.util.UUID.randomUUID().toString(), label, measure);
    }
}
