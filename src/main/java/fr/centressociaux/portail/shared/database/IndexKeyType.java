package fr.centressociaux.portail.shared.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's unique indexes ({@code _id} of every collection, and each
 * unique index): H2's own {@link ObjectDataType}, same file format and same order, only faster.
 * mongo-java-server's index keys ({@link KeyValue}) are not {@code Comparable}, so H2 orders them by
 * their Java serialization and serializes both keys again for every comparison of a B-tree search:
 * a third of the store's CPU while the newsletter was being sent (index lookups by {@code _id}).
 * This type remembers each key object's serialized form, so a lookup serializes the key it looks
 * for once and the keys of a cached page once. Remembered by identity, not by {@code equals}: two
 * equal keys may serialize differently (sub-documents with their fields in another order), and the
 * order must stay exactly H2's, that of the keys already in the file.
 */
final class IndexKeyType extends ObjectDataType {

    /** Enough for the keys a few thousand lookups touch; forgotten all at once beyond it. */
    private static final int REMEMBERED = 50_000;

    private final Map<Identity, byte[]> serialized = new ConcurrentHashMap<>();

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue first && b instanceof KeyValue second) {
            // What H2 does for two objects that are not Comparable, with the serializations remembered.
            return compareNotNull(serialized(first), serialized(second));
        }
        return super.compare(a, b);
    }

    private byte[] serialized(KeyValue key) {
        Identity identity = new Identity(key);
        byte[] bytes = serialized.get(identity);
        if (bytes == null) {
            if (serialized.size() >= REMEMBERED) {
                serialized.clear();
            }
            bytes = serialize(key);
            serialized.put(identity, bytes);
        }
        return bytes;
    }

    /** A key object itself, whatever its {@code equals} says. */
    private record Identity(Object key) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
