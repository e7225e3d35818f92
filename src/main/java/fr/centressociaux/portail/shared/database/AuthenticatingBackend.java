package fr.centressociaux.portail.shared.database;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts authentication in front of mongo-java-server, which has none: a connection may say hello,
 * ping and authenticate (SASL PLAIN against the stored credentials), and nothing else until it has
 * authenticated. Refusals answer as MongoDB does, with error 13 (Unauthorized) or 18
 * (AuthenticationFailed), so drivers report them as they would from a real server.
 *
 * <p>The server hands every request of a connection to the backend with the connection's netty
 * channel, so whether a connection has authenticated is an attribute of its channel, gone when it
 * closes. Requests reach the backend by four doors: {@link #handleMessage} (OP_MSG, all of a
 * modern driver's commands), {@link #handleCommand} (commands in a legacy OP_QUERY, the driver's
 * first hello), {@link #handleQuery} and {@link #getCurrentOperations} (legacy queries); each is
 * guarded. {@link #getServerStatus} comes without its connection, from a legacy OP_QUERY only (a
 * modern client asks through {@link #handleMessage}), so it is always refused.
 */
final class AuthenticatingBackend implements MongoBackend {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingBackend.class);

    private static final AttributeKey<Boolean> AUTHENTICATED = AttributeKey.valueOf("portal.authenticated");
    /** What a connection may do before authenticating, as a real MongoDB allows it (lower case). */
    private static final Set<String> HANDSHAKE = Set.of("hello", "ismaster", "ping", "saslstart", "saslcontinue");
    private static final String PLAIN = "PLAIN";
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int MECHANISM_UNAVAILABLE = 334;

    private final MongoBackend backend;
    private final PlainSaslCheck plain;

    AuthenticatingBackend(MongoBackend backend, DatabaseCredentials credentials) {
        this.backend = backend;
        this.plain = new PlainSaslCheck(credentials);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document query = message.getDocument();
        String command = query.keySet().iterator().next();
        return guarded(message.getChannel(), command, query, () -> backend.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return guarded(channel, command, query, () -> backend.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireAuthenticated(query.getChannel(), "query on " + query.getFullCollectionName());
        return backend.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireAuthenticated(query.getChannel(), "currentOp");
        return backend.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "serverStatus is answered over OP_MSG only");
    }

    private Document guarded(Channel channel, String command, Document query, java.util.function.Supplier<Document> run) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("saslstart")) {
            return saslStart(channel, query);
        }
        if (name.equals("saslcontinue")) {
            return saslContinue(channel);
        }
        if (HANDSHAKE.contains(name) || isAuthenticated(channel)) {
            return run.get();
        }
        LOG.warn("Refused command {} from {}: the connection has not authenticated", command, channel.remoteAddress());
        return error(UNAUTHORIZED, "Unauthorized", "Command " + command + " requires authentication");
    }

    private Document saslStart(Channel channel, Document query) {
        channel.attr(AUTHENTICATED).set(null);
        if (!PLAIN.equals(query.get("mechanism"))) {
            return error(MECHANISM_UNAVAILABLE, "MechanismUnavailable",
                    "Received authentication for mechanism " + query.get("mechanism") + " which is not enabled");
        }
        if (!(query.get("payload") instanceof BinData payload) || !plain.accepts(payload.getData())) {
            LOG.warn("Refused authentication from {}: wrong user name or password", channel.remoteAddress());
            return error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
        }
        channel.attr(AUTHENTICATED).set(Boolean.TRUE);
        return conversationDone();
    }

    /** PLAIN takes one message: there is nothing to continue but a conversation already done. */
    private Document saslContinue(Channel channel) {
        return isAuthenticated(channel) ? conversationDone()
                : error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    private static Document conversationDone() {
        Document done = new Document("conversationId", 1);
        done.put("done", Boolean.TRUE);
        done.put("payload", new BinData(new byte[0]));
        done.put("ok", 1.0);
        return done;
    }

    private static void requireAuthenticated(Channel channel, String what) {
        if (!isAuthenticated(channel)) {
            LOG.warn("Refused {} from {}: the connection has not authenticated", what, channel.remoteAddress());
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", what + " requires authentication");
        }
    }

    private static boolean isAuthenticated(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(AUTHENTICATED).get());
    }

    private static Document error(int code, String codeName, String message) {
        Document error = new Document("ok", 0.0);
        error.put("errmsg", message);
        error.put("code", code);
        error.put("codeName", codeName);
        return error;
    }

    // What follows has no connection to check and only passes through.

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
