package fr.centressociaux.portail.shared.database;

import java.time.LocalDate;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Values of a document read raw, for the few reads that map a projection by hand because building
 * entities through the converter was their cost: the id as an entity holds it, a day as the
 * converter reads it back (so the hand-made projection and the entities always agree).
 */
public final class StoredValues {

    private StoredValues() {
    }

    /** The document's id as a String id of an entity: an ObjectId's hex form, any other id as it is. */
    public static String id(Document document) {
        Object id = document.get("_id");
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }

    /** A stored day (a {@code LocalDate} property), or null when the field is absent. */
    public static @Nullable LocalDate day(MongoConverter converter, @Nullable Object stored) {
        return stored == null ? null : converter.getConversionService().convert(stored, LocalDate.class);
    }
}
