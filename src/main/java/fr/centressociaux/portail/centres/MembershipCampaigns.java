package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.centres.internal.CampaignRepository;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The membership campaign of a year (DD012). Staff open year N+1 with a closing date: every member
 * of year N becomes "à renouveler" for N+1 (and is invited to N+1's meetings meanwhile). Directors
 * confirm their own centre until the closing date; staff confirm any number at once; after the
 * closing date staff decide for those who did not answer. Each centre changes in its own atomic
 * write with a line in its change history, so re-running any step is harmless.
 */
@Service
public class MembershipCampaigns {


    private final CampaignRepository campaigns;
    private final CentreRepository centres;
    private final CentreService centreService;
    private final MembershipWrites writes;
    private final CentreAccess access;
    private final AuditLog audit;
    private final InputValidation validation;

    MembershipCampaigns(CampaignRepository campaigns, CentreRepository centres, CentreService centreService,
            MembershipWrites writes, CentreAccess access, AuditLog audit, InputValidation validation) {
        this.campaigns = campaigns;
        this.centres = centres;
        this.centreService = centreService;
        this.writes = writes;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
    }

    /** The campaign of the year, if it was opened. Meetings read it to explain an empty invitation list. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MembershipCampaign> campaign(int year) {
        return campaigns.findById(MembershipCampaign.idOf(year));
    }

    /**
     * Whether any centre of the network is a member of the year or "à renouveler" for it: when none
     * is, the year's meetings invite nobody until its campaign is opened.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean anyMemberOrToRenewIn(int year) {
        return centres.anyMemberOrToRenewIn(year);
    }

    /**
     * Opens the campaign of the year (this year or the next), or moves the closing date of an open
     * one, and marks "à renouveler" every member of the year before that has no row for the year yet.
     * Returns how many centres it marked: 0 when run again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int open(CampaignDraft draft) {
        LocalDate today = access.today();
        Problems check = validation.of(draft);
        Integer year = draft.year();
        LocalDate closesOn = draft.closesOn();
        if (year != null && (year < today.getYear() || year > today.getYear() + 1)) {
            check.add("year", "campaign.year.invalid", today.getYear(), today.getYear() + 1);
        }
        if (closesOn != null && closesOn.isBefore(today)) {
            check.add("closesOn", "campaign.closes-on.past");
        } else if (closesOn != null && year != null && closesOn.getYear() > year) {
            check.add("closesOn", "campaign.closes-on.after-year", year);
        }
        check.throwIfAny();
        int campaignYear = Objects.requireNonNull(year);
        LocalDate closing = Objects.requireNonNull(closesOn);
        saveCampaign(campaignYear, closing);
        int marked = 0;
        for (String id : centres.findIdsOfMembersWithoutNextYear(campaignYear - 1)) {
            if (writes.markToRenew(id, campaignYear)) {
                marked++;
            }
        }
        audit.record(AuditEventType.MEMBERSHIP_CAMPAIGN_OPENED, access.actor(), String.valueOf(campaignYear),
                FrenchDates.format(closing) + " · " + marked);
        return marked;
    }

    /**
     * The director confirms their centre's membership of the year (until the closing date), or
     * staff confirm it for a centre they manage (at any time). Confirming twice changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public Centre confirm(String centreId, int year) {
        MembershipCampaign campaign = openCampaign(year);
        Centre centre = load(centreId);
        access.checkConfirmRenewal(centre);
        if (!access.canDecideMembership(centre) && campaign.isClosedOn(access.today())) {
            throw new UserFacingException("campaign.closed-for-directors", FrenchDates.format(campaign.getClosesOn()));
        }
        checkAnswerable(centre, year);
        writes.renew(centreId, year);
        return load(centreId);
    }

    /** Staff confirm the renewal of several centres at once; refused as a whole if one is not theirs. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public int confirmAll(Collection<String> centreIds, int year) {
        openCampaign(year);
        List<Centre> chosen = centreIds.stream().map(this::load).toList();
        chosen.forEach(access::checkEditFederationFields);
        int confirmed = 0;
        for (Centre centre : chosen) {
            if (writes.renew(centre.getId(), year)) {
                confirmed++;
            }
        }
        return confirmed;
    }

    /**
     * After the closing date, staff record that centres which did not answer are not renewed, with
     * the reason the change history keeps. Refused before the closing date: directors may still answer.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public int markNotRenewed(Collection<String> centreIds, int year, String reason) {
        MembershipCampaign campaign = openCampaign(year);
        List<Centre> chosen = centreIds.stream().map(this::load).toList();
        chosen.forEach(access::checkEditFederationFields);
        if (!campaign.isClosedOn(access.today())) {
            throw new UserFacingException("campaign.not-closed-yet", FrenchDates.format(campaign.getClosesOn()));
        }
        String why = validation.check(new NotRenewedReason(reason)).reason();
        int marked = 0;
        for (Centre centre : chosen) {
            if (writes.markNotRenewed(centre.getId(), year, why)) {
                marked++;
            }
        }
        return marked;
    }

    /** How far the campaign has gone over the centres the caller sees. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Optional<CampaignProgress> progress(int year) {
        return campaign(year).map(campaign -> new CampaignProgress(campaign,
                centreService.count(withStatus(year, MembershipStatus.MEMBER)),
                centreService.count(withStatus(year, MembershipStatus.TO_RENEW)),
                centreService.count(withStatus(year, MembershipStatus.NOT_RENEWED))));
    }

    /** The centres the caller sees that have not answered yet, a page at a time. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<Centre> undecided(int year, Pageable pageable) {
        return centreService.page(withStatus(year, MembershipStatus.TO_RENEW), pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public long countUndecided(int year) {
        return centreService.count(withStatus(year, MembershipStatus.TO_RENEW));
    }

    /** The open campaign (next year's first) in which the director's centre has a membership row. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public Optional<Renewal> myRenewal() {
        AccountPrincipal user = access.user();
        String centreId = user.scope().centreId();
        if (centreId == null) {
            return Optional.empty();
        }
        LocalDate today = access.today();
        Centre centre = centreService.find(centreId).orElse(null);
        if (centre == null) {
            return Optional.empty();
        }
        for (int year = today.getYear() + 1; year >= today.getYear(); year--) {
            Optional<MembershipCampaign> campaign = campaign(year);
            Optional<MembershipYear> row = centre.membership(year);
            if (campaign.isPresent() && row.isPresent()) {
                boolean open = row.get().status() == MembershipStatus.TO_RENEW && !campaign.get().isClosedOn(today);
                return Optional.of(new Renewal(centreId, centre.getProfile().name(), year, row.get().status(),
                        campaign.get().getClosesOn(), open));
            }
        }
        return Optional.empty();
    }

    private static CentreFilter withStatus(int year, MembershipStatus status) {
        return new CentreFilter(null, null, null, null, year, status, null);
    }

    private MembershipCampaign openCampaign(int year) {
        return campaign(year).orElseThrow(() -> new UserFacingException("campaign.not-open", year));
    }

    private static void checkAnswerable(Centre centre, int year) {
        MembershipStatus status = centre.membership(year).map(MembershipYear::status).orElse(null);
        if (status == MembershipStatus.NOT_RENEWED) {
            throw new UserFacingException("campaign.already-not-renewed", year);
        }
        if (status == null) {
            throw new UserFacingException("campaign.not-concerned", year);
        }
    }

    private void saveCampaign(int year, LocalDate closesOn) {
        MembershipCampaign campaign = campaign(year).orElse(null);
        if (campaign == null) {
            try {
                campaigns.insert(new MembershipCampaign(year, closesOn));
                return;
            } catch (DuplicateKeyException openedMeanwhile) {
                campaign = campaign(year).orElseThrow();
            }
        }
        campaign.moveClosingDate(closesOn);
        campaigns.save(campaign);
    }

    private Centre load(String id) {
        return centreService.find(id).orElseThrow(() -> new UserFacingException("centre.not-found"));
    }
}
