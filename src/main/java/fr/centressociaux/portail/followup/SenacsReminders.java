package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.accounts.StaffDirectory;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the directors of member centres that have not submitted the year's SENACS survey, 14 and
 * 3 days before the campaign closes, through the outbox (DD008). Each reminder carries the key
 * {@code senacs-reminder:<year>:<centre>:<14|3>}, which the outbox writes once: a restart or a second
 * node sends nothing more. A reminder whose day passed while the portal was stopped goes out the
 * next morning it runs (the nearest one due), as the bilan's reminders do. The member centres are
 * read in the name of an active admin, so the centres module's rights apply as on any page.
 */
@Component
public class SenacsReminders {

    /** Days before closing, nearest first: a reminder is due once the days left fall to one of them. */
    static final List<Integer> DAYS_BEFORE = List.of(3, 14);

    private final Senacs senacs;
    private final StaffDirectory staff;
    private final RunAs runAs;
    private final Outbox outbox;
    private final Texts texts;
    private final Links links;
    private final Clock clock;

    SenacsReminders(Senacs senacs, StaffDirectory staff, RunAs runAs, Outbox outbox, Texts texts, Links links,
            Clock clock) {
        this.senacs = senacs;
        this.staff = staff;
        this.runAs = runAs;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.followup.senacs-reminder-cron:0 30 8 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        send();
    }

    /** Writes the reminders due today and not written yet; returns how many were written. */
    public int send() {
        LocalDate today = LocalDate.now(clock);
        Optional<String> admin = staff.active(Role.ADMIN).stream().map(StaffDirectory.StaffContact::email)
                .findFirst();
        if (admin.isEmpty()) {
            return 0;
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (SenacsCampaign campaign : senacs.openOn(today)) {
            long daysLeft = campaign.daysLeftOn(today);
            Optional<Integer> due = DAYS_BEFORE.stream().filter(days -> daysLeft <= days).findFirst();
            if (due.isEmpty()) {
                continue;
            }
            runAs.account(admin.get(), () -> senacs.centresMissing(campaign.getYear())).orElse(List.of()).stream()
                    .filter(centre -> centre.getDirector() != null && centre.getDirector().email() != null)
                    .forEach(centre -> mails.add(mail(centre, campaign, daysLeft, due.get())));
        }
        return outbox.enqueueAll(mails);
    }

    private OutgoingMail mail(Centre centre, SenacsCampaign campaign, long daysLeft, int due) {
        String year = String.valueOf(campaign.getYear());
        return new OutgoingMail(centre.getDirector().email(), texts.get("followup.senacs.reminder.subject", year,
                daysLeft), texts.get("followup.senacs.reminder.body", centre.getProfile().name(), year,
                        FrenchDates.format(campaign.getClosesOn()), daysLeft,
                        links.to("/centres/" + centre.getId() + "/suivi")),
                null, Map.of(), null, "senacs-reminder:" + year + ":" + centre.getId() + ":" + due);
    }
}
