package fr.centressociaux.portail.shared.measure;

/** How a figure reads: a number of things, a whole percentage, hours. */
public enum MeasureUnit {
    COUNT,
    PERCENT,
    HOURS
}
