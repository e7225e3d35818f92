package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.followup.internal.SenacsAnswerRepository;
import fr.centressociaux.portail.followup.internal.SenacsCampaignRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.PortalYears;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The SENACS survey: each member centre's answer for a year, set by its director or by staff (the
 * delegate of its territory, admins), and who has not completed it yet. Only a centre that was a
 * member in that year has an answer: the federation reports the completion of its members.
 */
@Service
public class Senacs {

    private final SenacsAnswerRepository answers;
    private final SenacsCampaignRepository campaigns;
    private final FollowupAccess access;
    private final MembershipMovements memberships;
    private final InputValidation validation;

    Senacs(SenacsAnswerRepository answers, SenacsCampaignRepository campaigns, FollowupAccess access,
            MembershipMovements memberships, InputValidation validation) {
        this.answers = answers;
        this.campaigns = campaigns;
        this.access = access;
        this.memberships = memberships;
        this.validation = validation;
    }

    /** The year's campaign, when staff set its dates. */
    @PreAuthorize("isAuthenticated()")
    public Optional<SenacsCampaign> campaign(int year) {
        return campaigns.findById(String.valueOf(year));
    }

    /** Sets when the year's campaign opens and closes (admins: the federation's calendar). */
    @PreAuthorize("hasRole('ADMIN')")
    public SenacsCampaign setCampaign(int year, SenacsCampaignDraft draft) {
        access.checkAdmin();
        validation.of(draft).throwIfAny();
        SenacsCampaign campaign = campaigns.findById(String.valueOf(year))
                .orElseGet(() -> new SenacsCampaign(year, draft.opensOn(), draft.closesOn()));
        campaign.change(draft.opensOn(), draft.closesOn());
        return campaigns.save(campaign);
    }

    /** The campaigns open on the day, for the reminders. */
    List<SenacsCampaign> openOn(LocalDate day) {
        return campaigns.findOpenOn(day);
    }

    /** The member centres of the year that have not completed the survey (staff only, through membersDuring). */
    List<Centre> centresMissing(int year) {
        Map<String, SenacsStatus> statuses = statuses(year);
        return memberships.membersDuring(year, null).stream()
                .filter(centre -> !statuses.getOrDefault(centre.getId(), SenacsStatus.NOT_STARTED).isComplete())
                .toList();
    }

    /** The centre's status for the year; "not started" when nobody said anything yet. */
    @PreAuthorize("isAuthenticated()")
    public SenacsStatus statusOf(String centreId, int year) {
        access.checkReadFile(centreId);
        return answers.findById(SenacsAnswer.idOf(year, centreId)).map(SenacsAnswer::getStatus)
                .orElse(SenacsStatus.NOT_STARTED);
    }

    /** Sets the centre's status: its director, the delegates of its territory, admins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'DIRECTOR')")
    public SenacsAnswer setStatus(String centreId, int year, SenacsStatus status) {
        Centre centre = access.checkReadFile(centreId);
        if (!PortalYears.contains(year) || !centre.wasMemberDuring(year)) {
            throw new UserFacingException("followup.senacs.not-member", centre.getProfile().name(),
                    String.valueOf(year));
        }
        SenacsAnswer answer = answers.findById(SenacsAnswer.idOf(year, centreId))
                .orElseGet(() -> new SenacsAnswer(year, centreId, centre.getDepartment(),
                        centre.territoryOn(LocalDate.of(year, 6, 30)).orElse(null), status));
        answer.change(status);
        return answers.save(answer);
    }

    /**
     * The member centres of the year (of the department, or all) that have not submitted, for
     * delegates and staff to call; each with its status.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<Missing> missing(int year, @Nullable Department department) {
        Map<String, SenacsStatus> statuses = statuses(year);
        return memberships.membersDuring(year, department).stream()
                .map(centre -> new Missing(centre.getId(), centre.getProfile().name(),
                        statuses.getOrDefault(centre.getId(), SenacsStatus.NOT_STARTED)))
                .filter(missing -> !missing.status().isComplete()).toList();
    }

    /** A member centre that has not completed the survey of the year. */
    public record Missing(String centreId, String centreName, SenacsStatus status) {
    }

    /**
     * The complete answers (submitted or validated) of the year, of the department (all when null), by
     * centre: the status only, for the completion rate. An answer carries its centre's department.
     */
    Map<String, SenacsStatus> complete(int year, @Nullable Department department) {
        List<SenacsStatus> complete = Arrays.stream(SenacsStatus.values()).filter(SenacsStatus::isComplete).toList();
        return answers.findStatusesByCentre(year, department, complete);
    }

    Map<String, SenacsStatus> statuses(int year) {
        return answers.findByYear(year).stream()
                .collect(Collectors.toMap(SenacsAnswer::getCentreId, SenacsAnswer::getStatus, (a, b) -> b));
    }

}
