package fr.centressociaux.portail.centres;

/**
 * How far the campaign of a year has gone, over the centres the caller sees: how many confirmed,
 * how many are still to renew, and how many the federation marked as not renewed.
 */
public record CampaignProgress(MembershipCampaign campaign, long confirmed, long toRenew, long notRenewed) {
}
