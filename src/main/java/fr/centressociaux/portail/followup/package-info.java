/**
 * The federation's follow-up of its member centres (issue 13, fiches action 1 and 2): each centre's
 * file of support actions (difficulties, projet-social renewals, thematic supports, cooperation with
 * the Département's MDS…), SENACS answers, the federation's presence in partner bodies, and the
 * yearly figures the bilan reads from {@link fr.centressociaux.portail.followup.FollowupFigures}.
 * Who may see and change what is decided in {@link fr.centressociaux.portail.followup.FollowupAccess}:
 * delegates their territories' centres, staff every centre, directors the non-confidential actions
 * of their own centre.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.followup;
