package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFilter;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.AccountStatus;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.newsletter.internal.ListStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Tokens;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lists and subscribers as staff and directors manage them: lists, contacts a centre or staff
 * add, portal accounts brought onto a list, segment counts before sending, and a subscriber's
 * data exported or erased. Every consent is recorded with when, how and by whom.
 */
@Service
public class NewsletterSubscribers {

    /** Accounts whose role reads the weekly newsletter; the funder reads the bilan, not the news. */
    private static final List<Role> READER_ROLES = List.of(Role.ADMIN, Role.DELEGATE, Role.DIRECTOR,
            Role.PDN_COORDINATOR);

    private final SubscriberStore subscribers;
    private final ListStore lists;
    private final NewsletterAccess access;
    private final CentreService centres;
    private final AccountService accounts;
    private final InputValidation validation;
    private final Clock clock;

    NewsletterSubscribers(SubscriberStore subscribers, ListStore lists, NewsletterAccess access, CentreService centres,
            AccountService accounts, InputValidation validation, Clock clock) {
        this.subscribers = subscribers;
        this.lists = lists;
        this.access = access;
        this.centres = centres;
        this.accounts = accounts;
        this.validation = validation;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<MailingList> lists() {
        access.checkSeesContacts();
        return lists.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MailingList createList(String name, String description, boolean publicSubscription) {
        access.checkStaff();
        if (name.isBlank()) {
            validation.none().add("name", "portal.validation.required").throwIfAny();
        }
        return lists.save(new MailingList(name.strip(), description.strip(), publicSubscription));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<Subscriber> page(SubscriberFilter filter, Pageable page) {
        return subscribers.page(access.visibleSubscribers(), filter.text(), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public long count(SubscriberFilter filter) {
        return subscribers.count(access.visibleSubscribers(), filter.text());
    }

    /**
     * Lists a contact without an account on the chosen lists: a director for their own centre,
     * staff for any centre or none (a partner). An address already known gains the lists.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public Subscriber addContact(ContactDraft draft) {
        access.checkContactsOf(draft.centreId());
        validation.check(draft);
        SubscriberCentre centre = draft.centreId() == null ? null : centreOf(draft.centreId());
        return record(draft, centre, ConsentSource.ADDED_BY_STAFF);
    }

    /**
     * The centre whose contacts the caller lists: a director's own (their form does not ask);
     * empty for staff, who choose a centre or none.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public Optional<String> contactCentre() {
        return access.isStaff() ? Optional.empty() : Optional.ofNullable(access.ownCentre());
    }

    /** Writes an already checked contact: shared by the form and the import. */
    Subscriber record(ContactDraft draft, @Nullable SubscriberCentre centre, ConsentSource how) {
        String email = EmailAddresses.normalise(draft.email());
        Subscriber subscriber = subscribers.byEmail(email)
                .orElseGet(() -> new Subscriber(email, draft.name().strip(), SubscriberSource.CONTACT, Tokens.random()));
        if (subscriber.getSource() == SubscriberSource.CONTACT) {
            subscriber.describe(draft.name().strip(), blankToNull(draft.function()));
            subscriber.placeIn(centre);
        }
        for (String listId : draft.listIds()) {
            lists.get(listId);
            subscriber.put(new Subscription(listId, SubscriptionStatus.CONFIRMED, clock.instant(), how,
                    access.email(), null));
        }
        return subscribers.save(subscriber);
    }

    SubscriberCentre centreOf(String centreId) {
        Centre centre = centres.get(centreId);
        LocalDate today = LocalDate.now(clock);
        return new SubscriberCentre(centreId, centre.getProfile().name(), centre.territoryOn(today).orElse(null),
                centre.getDepartment(), centre.getProfile().kind());
    }

    /**
     * Brings every active account whose role reads the news onto the list (directors with their
     * centre, for segments). Someone who left the list stays off it. Returns how many were added.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int addPortalAccounts(String listId) {
        access.checkStaff();
        lists.get(listId);
        int added = 0;
        int pageNumber = 0;
        List<Account> page;
        do {
            page = accounts.list(AccountFilter.none(), PageRequest.of(pageNumber++, 200));
            for (Account account : page) {
                if (account.getStatus() == AccountStatus.ACTIVE && READER_ROLES.contains(account.getRole())
                        && addAccount(account, listId)) {
                    added++;
                }
            }
        } while (page.size() == 200);
        return added;
    }

    private boolean addAccount(Account account, String listId) {
        String email = EmailAddresses.normalise(account.getEmail());
        Subscriber subscriber = subscribers.byEmail(email)
                .orElseGet(() -> new Subscriber(email, account.getDisplayName(), SubscriberSource.ACCOUNT, Tokens.random()));
        subscriber.linkAccount(account.getId(), account.getRole());
        String centreId = account.getScope().centreId();
        if (centreId != null) {
            subscriber.placeIn(centreOf(centreId));
        }
        boolean added = subscriber.subscription(listId).isEmpty();
        if (added) {
            subscriber.put(new Subscription(listId, SubscriptionStatus.CONFIRMED, clock.instant(),
                    ConsentSource.PORTAL_ACCOUNT, access.email(), null));
        }
        subscribers.save(subscriber);
        return added;
    }

    /** Takes a subscriber off one list (their centre's director or staff); recorded as having left. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public Subscriber removeFromList(String subscriberId, String listId) {
        Subscriber subscriber = subscribers.byId(subscriberId).orElseThrow(NewsletterAccess::denied);
        access.checkContactsOf(subscriber.getCentreId());
        subscriber.subscription(listId).ifPresent(s -> subscriber.put(s.left(clock.instant())));
        return subscribers.save(subscriber);
    }

    /** How many would receive an issue sent to this segment now. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(Segment segment) {
        access.checkStaff();
        return subscribers.count(segment);
    }

    /** Everything the newsletter keeps about a person, readable (their right of access). */
    @PreAuthorize("hasRole('ADMIN')")
    public SubscriberExport export(String subscriberId) {
        access.checkStaff();
        Subscriber subscriber = subscribers.byId(subscriberId).orElseThrow(NewsletterAccess::denied);
        return SubscriberExport.of(subscriber, lists.all());
    }

    /**
     * Deletes everything the newsletter keeps about a person (their right to erasure). Mails
     * already written to the outbox for them are suppressed at send time, since the address is no
     * longer on any list.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(String subscriberId) {
        access.checkStaff();
        subscribers.byId(subscriberId).ifPresent(subscribers::delete);
    }

    Optional<Subscriber> byEmail(String email) {
        return subscribers.byEmail(EmailAddresses.normalise(email));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
