package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.promeneurs.internal.SatisfactionAnswerRepository;
import fr.centressociaux.portail.promeneurs.internal.YearLedgers;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The satisfaction questionnaire after each network event (DD015, "Satisfaction"). Once the event
 * is past, each participant gets one mail through the outbox with a link of their own; the
 * {@link SatisfactionAnswer} keyed by event and participant is inserted before the mail is written,
 * so a second run (a restart, another node, the coordinator's button) sends nothing twice. The link
 * carries a random token of which only the hash is stored. The answer page needs no sign-in;
 * answering again replaces the answer. Averages are per event and per year (over every answer of
 * the year's events, so a large event weighs as many answers as it had).
 */
@Service
public class SatisfactionSurveys {

    /** Events up to this many days old get their invitations from the daily run (a portal down a few days catches up). */
    static final int CATCH_UP_DAYS = 14;
    /** Opening or answering questionnaires per client address: a participant needs a handful. */
    static final int ATTEMPTS_PER_ADDRESS = 60;
    static final Duration ATTEMPT_WINDOW = Duration.ofHours(1);
    public static final String LINK_PATH = "/promeneurs/satisfaction/";

    private final SatisfactionAnswerRepository answers;
    private final PdnMeetings events;
    private final ProfessionalRepository professionals;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final RateLimiter rateLimiter;
    private final Outbox outbox;
    private final Texts texts;
    private final Links links;
    private final Clock clock;

    private final YearLedgers ledgers;

    SatisfactionSurveys(SatisfactionAnswerRepository answers, PdnMeetings events,
            ProfessionalRepository professionals, PromeneurAccess access, InputValidation validation,
            RateLimiter rateLimiter, Outbox outbox, Texts texts, Links links, Clock clock, YearLedgers ledgers) {
        this.ledgers = ledgers;
        this.answers = answers;
        this.events = events;
        this.professionals = professionals;
        this.access = access;
        this.validation = validation;
        this.rateLimiter = rateLimiter;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.clock = clock;
    }

    /** Every morning: the questionnaires of the events of the last days not sent yet. */
    @Scheduled(cron = "${portal.promeneurs.satisfaction-cron:0 30 9 * * *}", zone = "Europe/Paris")
    void daily() {
        LocalDate today = access.today();
        events.between(today.minusDays(CATCH_UP_DAYS), today.minusDays(1)).stream()
                .filter(event -> !event.cancelled()).forEach(this::invite);
    }

    /** The coordinator sends a past event's questionnaires now (participants already invited are not mailed again). */
    @PreAuthorize("isAuthenticated()")
    public int inviteNow(String eventId) {
        access.checkRunTheNetwork();
        PdnMeeting event = events.find(eventId).filter(found -> !found.cancelled())
                .orElseThrow(() -> new UserFacingException("promeneurs.event.not-found"));
        if (!event.date().isBefore(access.today())) {
            throw new UserFacingException("promeneurs.satisfaction.not-yet");
        }
        return invite(event);
    }

    /** Writes the invitations of the event's participants (those present) not invited yet; returns how many. */
    int invite(PdnMeeting event) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (Professional participant : professionals.findAllById(event.presentPersonIds())) {
            String token = Tokens.random();
            if (claim(new SatisfactionAnswer(event, participant.getId(), participant.getDepartment(), Tokens.hash(token),
                    clock.instant()))) {
                mails.add(new OutgoingMail(participant.getEmail(),
                        texts.get("promeneurs.satisfaction.mail.subject", event.title()),
                        texts.get("promeneurs.satisfaction.mail.body", participant.getFirstName(), event.title(),
                                FrenchDates.format(event.date()), links.to(LINK_PATH + token))));
            }
        }
        outbox.enqueueAll(mails);
        return mails.size();
    }

    private boolean claim(SatisfactionAnswer invitation) {
        try {
            answers.insert(invitation);
            return true;
        } catch (DuplicateKeyException alreadyInvited) {
            return false;
        }
    }

    /** The questionnaire behind a mailed link, with the answer already given; empty for an unknown link. */
    public Optional<Questionnaire> questionnaire(String token, @Nullable String clientAddress) {
        limit(clientAddress);
        return answers.findByTokenHash(Tokens.hash(token)).flatMap(answer -> events.find(answer.getEventId())
                .map(event -> new Questionnaire(event.title(), event.date(), answer.getScore(),
                        answer.getComment())));
    }

    /** Records (or replaces) the participant's answer; refused for an unknown link or bad input. */
    public void answer(String token, SatisfactionDraft draft, @Nullable String clientAddress) {
        limit(clientAddress);
        validation.check(draft);
        SatisfactionAnswer answer = answers.findByTokenHash(Tokens.hash(token))
                .orElseThrow(() -> new UserFacingException("promeneurs.satisfaction.unknown-link"));
        answer.answer(draft.score(), draft.comment().strip(), clock.instant());
        ledgers.record(answers.save(answer));
    }

    /** The answers to each of these events (events without answers are left out). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, EventSatisfaction> byEvent(Collection<String> eventIds) {
        access.checkRunTheNetwork();
        return answers.findByEventIdInAndScoreNotNull(eventIds).stream()
                .collect(Collectors.groupingBy(SatisfactionAnswer::getEventId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> summary(entry.getKey(), entry.getValue())));
    }

    static EventSatisfaction summary(String eventId, List<SatisfactionAnswer> answered) {
        return new EventSatisfaction(eventId, answered.size(), average(answered));
    }

    /** The mean score with one decimal; zero without answers. */
    static BigDecimal average(List<SatisfactionAnswer> answered) {
        return average(answered.stream().mapToInt(SatisfactionAnswer::getScore).sum(), answered.size());
    }

    /** The mean of {@code count} scores adding up to {@code total}, one decimal; zero without answers. */
    static BigDecimal average(int total, int count) {
        return count == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private void limit(@Nullable String clientAddress) {
        if (clientAddress != null && !rateLimiter.tryAcquire("pdn-satisfaction:" + Tokens.hash(clientAddress),
                ATTEMPTS_PER_ADDRESS, ATTEMPT_WINDOW)) {
            throw new UserFacingException("promeneurs.satisfaction.too-many");
        }
    }
}
