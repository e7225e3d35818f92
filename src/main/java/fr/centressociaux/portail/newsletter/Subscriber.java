package fr.centressociaux.portail.newsletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the newsletter may mail: a portal account or a contact without one. Their lists and
 * consents are embedded, so subscribing, confirming and leaving are each one single-document
 * write. What segments select on (role, function, centre, territory, department, kind of
 * structure) is copied here when the subscriber is written, so counting a segment is one query.
 * The personal {@code token} names them in unsubscribe and preferences links.
 */
@Document("newsletter_subscribers")
public class Subscriber extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed(unique = true)
    private String email;
    private String name;
    private @Nullable String function;
    private SubscriberSource source;
    private @Nullable String accountId;
    private @Nullable Role role;
    @Indexed
    private @Nullable String centreId;
    private @Nullable String centreName;
    private @Nullable String territoryId;
    private @Nullable Department department;
    private @Nullable CentreKind centreKind;
    @Indexed(unique = true)
    private String token;
    private @Nullable Instant bouncedAt;
    private @Nullable String bounceReply;
    private List<Subscription> subscriptions = new ArrayList<>();

    public Subscriber(String email, String name, SubscriberSource source, String token) {
        this.email = email;
        this.name = name;
        this.source = source;
        this.token = token;
    }

    public String getId() {
        return Objects.requireNonNull(id, "not stored yet");
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getFunction() {
        return function;
    }

    public SubscriberSource getSource() {
        return source;
    }

    public @Nullable String getAccountId() {
        return accountId;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public @Nullable String getCentreId() {
        return centreId;
    }

    public @Nullable String getCentreName() {
        return centreName;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public @Nullable CentreKind getCentreKind() {
        return centreKind;
    }

    public String getToken() {
        return token;
    }

    public @Nullable Instant getBouncedAt() {
        return bouncedAt;
    }

    public @Nullable String getBounceReply() {
        return bounceReply;
    }

    public List<Subscription> getSubscriptions() {
        return List.copyOf(subscriptions);
    }

    public Optional<Subscription> subscription(String listId) {
        return subscriptions.stream().filter(s -> s.listId().equals(listId)).findFirst();
    }

    public boolean receives(String listId) {
        return bouncedAt == null && subscription(listId).map(s -> s.status() == SubscriptionStatus.CONFIRMED)
                .orElse(false);
    }

    void describe(String name, @Nullable String function) {
        this.name = name;
        this.function = function;
    }

    void linkAccount(String accountId, Role role) {
        this.accountId = accountId;
        this.role = role;
    }

    void placeIn(@Nullable SubscriberCentre centre) {
        this.centreId = centre == null ? null : centre.centreId();
        this.centreName = centre == null ? null : centre.name();
        this.territoryId = centre == null ? null : centre.territoryId();
        this.department = centre == null ? null : centre.department();
        this.centreKind = centre == null ? null : centre.kind();
    }

    /** Adds or replaces the subscription to its list. */
    void put(Subscription subscription) {
        subscriptions.removeIf(s -> s.listId().equals(subscription.listId()));
        subscriptions.add(subscription);
    }
}
