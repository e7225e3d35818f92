package fr.centressociaux.portail.promeneurs;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.promeneurs.internal.NetworkQuestionRepository;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Questions to the network (DD015): a professional asks (or the coordinator asks on their behalf),
 * the coordinator answers, once. The network's staff see every question; a PROMENEUR account sees
 * its own; nobody else sees any. Answered questions and the time to answer feed the yearly figures.
 * The professional who asked is mailed, through the outbox, when the answer is saved.
 */
@Service
public class NetworkQuestions {

    private final NetworkQuestionRepository questions;
    private final ProfessionalRepository professionals;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final Clock clock;
    private final Outbox outbox;
    private final Texts texts;
    private final Links links;

    NetworkQuestions(NetworkQuestionRepository questions, ProfessionalRepository professionals,
            PromeneurAccess access, InputValidation validation, Clock clock, Outbox outbox, Texts texts,
            Links links) {
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.questions = questions;
        this.professionals = professionals;
        this.access = access;
        this.validation = validation;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public NetworkQuestion ask(String professionalId, QuestionDraft draft) {
        Professional asker = professionals.findById(professionalId)
                .orElseThrow(() -> new UserFacingException("promeneurs.not-found"));
        access.checkAskFor(asker);
        validation.of(draft).throwIfAny();
        return questions.insert(new NetworkQuestion(asker, draft, clock.instant()));
    }

    /** The coordinator's answer; a question is answered once (its time to answer is a figure). */
    @PreAuthorize("isAuthenticated()")
    public NetworkQuestion answer(String questionId, long expectedVersion, AnswerDraft draft) {
        access.checkRunTheNetwork();
        NetworkQuestion question = load(questionId);
        if (question.isAnswered()) {
            throw new UserFacingException("promeneurs.questions.already-answered");
        }
        validation.of(draft).throwIfAny();
        if (question.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        question.answer(draft, clock.instant(), access.actor());
        NetworkQuestion answered;
        try {
            answered = questions.save(question);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
        professionals.findById(answered.getProfessionalId()).ifPresent(asker -> outbox.enqueue(answeredMail(answered, asker)));
        return answered;
    }

    /**
     * To the asker's address on their record today, with a link to the question (they sign in to
     * read the answer). Keyed by the question, so the outbox never holds it twice.
     */
    private OutgoingMail answeredMail(NetworkQuestion question, Professional asker) {
        return new OutgoingMail(asker.getEmail(), texts.get("promeneurs.questions.answered-mail.subject"),
                texts.get("promeneurs.questions.answered-mail.body", asker.getFirstName(), question.getSubject(),
                        links.to("/promeneurs/questions/" + question.getId())),
                null, Map.of(), null, "pdn-question-answered:" + question.getId());
    }

    @PreAuthorize("isAuthenticated()")
    public List<NetworkQuestion> page(QuestionFilter filter, Pageable pageable) {
        return questions.findPage(filter, visibleQuestions(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(QuestionFilter filter) {
        return questions.count(filter, visibleQuestions());
    }

    /** A question the caller may read; someone else's reads as unknown, as elsewhere in the portal. */
    @PreAuthorize("isAuthenticated()")
    public NetworkQuestion get(String questionId) {
        NetworkQuestion question = load(questionId);
        if (!access.canRunTheNetwork() && !ownProfessionalId().equals(question.getProfessionalId())) {
            throw new UserFacingException("promeneurs.questions.not-found");
        }
        return question;
    }

    /** Whether the caller may ask a question for this professional (for screens to offer it). */
    @PreAuthorize("isAuthenticated()")
    public boolean canAskFor(Professional professional) {
        try {
            access.checkAskFor(professional);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            return false;
        }
    }

    /** Whether the caller answers questions (the network's staff), for screens to offer it. */
    @PreAuthorize("isAuthenticated()")
    public boolean canAnswer() {
        return access.canRunTheNetwork();
    }

    private Criteria visibleQuestions() {
        if (access.canRunTheNetwork()) {
            return new Criteria();
        }
        access.promeneurAccountId().orElseThrow(PromeneurAccess::denied);
        return Criteria.where("professionalId").is(ownProfessionalId());
    }

    /** The signed-in PROMENEUR's record id; "-" (matching nothing) for anyone else. */
    private String ownProfessionalId() {
        return access.promeneurAccountId().flatMap(professionals::findByAccountId).map(Professional::getId)
                .orElse("-");
    }

    private NetworkQuestion load(String questionId) {
        return questions.findById(questionId)
                .orElseThrow(() -> new UserFacingException("promeneurs.questions.not-found"));
    }
}
