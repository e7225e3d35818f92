/**
 * Promeneurs du Net (fiche action 3 of the Département's convention): the register of the youth
 * workers labelled to keep an educational presence on social networks, their employers (member
 * centres or structures outside the network, placed in a territory through a dated commune
 * mapping), their status history and labelled periods, their monthly activity, the network's own
 * events and the yearly figures the bilan publishes ({@link fr.centressociaux.portail.promeneurs.PromeneursFigures}).
 * Who may see and do what is decided in {@link fr.centressociaux.portail.promeneurs.PromeneurAccess} (DD015).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.promeneurs;
