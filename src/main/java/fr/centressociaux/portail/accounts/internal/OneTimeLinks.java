package fr.centressociaux.portail.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.centressociaux.portail.accounts.LinkPurpose;
import fr.centressociaux.portail.shared.Tokens;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring links. Only a SHA-256 hash of each token is stored, so a database reader
 * cannot use a pending link; consuming is one conditional update, so a link works once even
 * when clicked twice at the same moment.
 */
@Component
public class OneTimeLinks {

    private final MongoOperations mongo;
    private final Clock clock;

    OneTimeLinks(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Issues a new link token for the account, revoking its earlier unused ones of that purpose. */
    public String issue(String accountId, LinkPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        mongo.updateMulti(Query.query(Criteria.where("accountId").is(accountId).and("purpose").is(purpose)
                .and("usedAt").isNull()), Update.update("usedAt", now), LinkToken.class);
        String token = Tokens.random();
        mongo.insert(new LinkToken(Tokens.hash(token), accountId, purpose, now, now.plus(validity), null));
        return token;
    }

    /** The account the link is for, if it is valid and unused; does not use it up. */
    public Optional<LinkToken> peek(String token) {
        return Optional.ofNullable(mongo.findOne(usable(token), LinkToken.class));
    }

    /** Uses the link up; empty if it was invalid, expired or already used. */
    public Optional<LinkToken> consume(String token) {
        return Optional.ofNullable(mongo.findAndModify(usable(token), Update.update("usedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), LinkToken.class));
    }

    private Query usable(String token) {
        return Query.query(Criteria.where("_id").is(Tokens.hash(token)).and("usedAt").isNull()
                .and("expiresAt").gt(clock.instant()));
    }

    /** A stored link; expired ones are removed by a TTL index after 30 days. */
    @Document("account_links")
    public record LinkToken(@Id String id, @Indexed String accountId, LinkPurpose purpose,
            @Indexed(expireAfter = "30d") Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
    }
}
