package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, erases check-in tokens that earlier versions kept in clear: the database now keeps
 * only the hash of a link derived from the server's key ({@link CheckInLinkKey}). A meeting whose
 * link is erased gets a new one the next time its QR page is shown.
 */
@Component
@Order(1)
class ClearCheckInTokens implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ClearCheckInTokens.class);

    private final MeetingRepository meetings;

    ClearCheckInTokens(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public void run(ApplicationArguments args) {
        long erased = meetings.forgetClearCheckInTokens();
        if (erased > 0) {
            LOG.info("Erased {} check-in links stored in clear; their QR pages will show new ones", erased);
        }
    }
}
