package fr.centressociaux.portail.meetings;

/**
 * A partner organisation a meeting may record as present.
 *
 * @param id    the register's id, which the meeting keeps
 * @param label its name as people read it, in French ("MDS du Calaisis")
 * @param mds   whether it is a Maison du Département Solidarité (fiche action 2 counts them)
 */
public record PartnerChoice(String id, String label, boolean mds) {
}
