package fr.centressociaux.portail.promeneurs;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.promeneurs.internal.DirectoryConsentRepository;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The public directory of the Promeneurs du Net, for young people and parents, without signing in:
 * labelled professionals who consented, with only the fields they chose (DD015, "Public
 * directory"). Consent is recorded on the professional's record by whoever may edit it, so the
 * professional's own account gets the form as soon as {@link PromeneurAccess#canEdit} lets it edit
 * its own record. Nothing is copied onto the page: it reads the consents and the records on each
 * search, so a withdrawal or a departure takes the person off at once.
 */
@Service
public class PublicDirectory {

    /** Searches per client address: a family browsing clicks far less; a scraper meets the limit. */
    static final int SEARCHES_PER_ADDRESS = 120;
    static final Duration SEARCH_WINDOW = Duration.ofMinutes(10);

    private final DirectoryConsentRepository consents;
    private final ProfessionalRepository professionals;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final RateLimiter rateLimiter;

    PublicDirectory(DirectoryConsentRepository consents, ProfessionalRepository professionals,
            PromeneurAccess access, InputValidation validation, RateLimiter rateLimiter) {
        this.consents = consents;
        this.professionals = professionals;
        this.access = access;
        this.validation = validation;
        this.rateLimiter = rateLimiter;
    }

    /** The professional's consent as recorded (given, withdrawn or never asked), for those who see the record. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DirectoryConsent> consentOf(String professionalId) {
        access.checkView(professional(professionalId));
        return consents.findById(professionalId);
    }

    /** Whether the caller may record or withdraw this professional's consent (for screens to offer it). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRecordConsent(String professionalId) {
        return access.canEdit(professional(professionalId));
    }

    /** Records the consent given on a day for some fields; a new consent replaces the fields of the last. */
    @PreAuthorize("isAuthenticated()")
    public DirectoryConsent recordConsent(String professionalId, ConsentDraft draft) {
        Professional professional = professional(professionalId);
        access.checkEdit(professional);
        validation.check(draft);
        if (draft.givenOn().isAfter(access.today())) {
            throw new UserFacingException("promeneurs.public.given-in-future");
        }
        DirectoryConsent consent = consents.findById(professionalId).orElseGet(() -> new DirectoryConsent(professionalId));
        consent.give(draft.fields(), draft.givenOn(), access.actor());
        return consents.save(consent);
    }

    /** Withdraws the consent today: the professional leaves the public page with the next search. */
    @PreAuthorize("isAuthenticated()")
    public DirectoryConsent withdrawConsent(String professionalId) {
        Professional professional = professional(professionalId);
        access.checkEdit(professional);
        DirectoryConsent consent = consents.findById(professionalId)
                .filter(DirectoryConsent::isActive)
                .orElseThrow(() -> new UserFacingException("promeneurs.public.no-consent"));
        consent.withdraw(access.today(), access.actor());
        return consents.save(consent);
    }

    /**
     * The public page's search, open to anyone: labelled professionals with an active consent,
     * their chosen fields only; a commune or a network matches only when that field is published.
     * Refused when the address searched too often lately ({@code null}: not from the web).
     */
    public List<PublicEntry> search(PublicSearch search, @Nullable String clientAddress) {
        if (clientAddress != null && !rateLimiter.tryAcquire("pdn-directory:" + Tokens.hash(clientAddress),
                SEARCHES_PER_ADDRESS, SEARCH_WINDOW)) {
            throw new UserFacingException("promeneurs.public.too-many-searches");
        }
        Map<String, DirectoryConsent> active = consents.findByActiveTrue().stream()
                .collect(Collectors.toMap(DirectoryConsent::getProfessionalId, Function.identity()));
        String communeKey = search.commune() == null ? "" : SearchKeys.of(search.commune());
        return professionals.findAllById(active.keySet()).stream()
                .filter(professional -> professional.getStatus() == ProfessionalStatus.LABELLED)
                .map(professional -> entry(professional, active.get(professional.getId())))
                .filter(entry -> communeKey.isEmpty()
                        || entry.commune() != null && SearchKeys.of(entry.commune()).startsWith(communeKey))
                .filter(entry -> search.network() == null
                        || entry.networks().stream().anyMatch(presence -> presence.network() == search.network()))
                .sorted(Comparator.comparing((PublicEntry entry) -> SearchKeys.of(entry.commune() == null ? "~" : entry.commune()))
                        .thenComparing(entry -> SearchKeys.of(entry.name() == null ? "~" : entry.name())))
                .toList();
    }

    private static PublicEntry entry(Professional professional, DirectoryConsent consent) {
        return new PublicEntry(consent.publishes(PublicField.NAME) ? professional.fullName() : null,
                consent.publishes(PublicField.STRUCTURE) ? professional.getEmployer().name() : null,
                consent.publishes(PublicField.COMMUNE) ? professional.getEmployer().commune() : null,
                consent.publishes(PublicField.NETWORKS) ? professional.getNetworks() : List.of());
    }

    private Professional professional(String id) {
        return professionals.findById(id).orElseThrow(() -> new UserFacingException("promeneurs.not-found"));
    }
}
