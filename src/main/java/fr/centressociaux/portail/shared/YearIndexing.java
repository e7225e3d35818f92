package fr.centressociaux.portail.shared;

import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;

/**
 * Keeps a {@link YearIndex} in step with the documents of one type written through the mapping
 * layer (services, demo seeders, test fixtures): just before a document is written, its id is
 * added to its year. A new document gets its {@code ObjectId} here, so that the index is written
 * first and a crash in between leaves an id too many, never one missing. Updates that bypass the
 * mapping layer ({@code $set}, {@code $inc}) are not seen: one that changes a year adds the ids itself.
 */
public abstract class YearIndexing<T> implements BeforeSaveCallback<T> {

    /** Asked for at the first save: the template itself is built with this callback. */
    private final ObjectProvider<MongoOperations> mongo;
    private final String indexCollection;
    private final String documents;
    private final @Nullable String partField;

    /** See {@link YearIndex#YearIndex} for the part field. */
    protected YearIndexing(ObjectProvider<MongoOperations> mongo, String indexCollection, String documents,
            @Nullable String partField) {
        this.mongo = mongo;
        this.indexCollection = indexCollection;
        this.documents = documents;
        this.partField = partField;
    }

    /** The index of the documents' years. */
    public YearIndex index() {
        return new YearIndex(mongo.getObject(), indexCollection, documents, partField);
    }

    /**
     * Whether saving a stored document may give it another year; if not, only new documents are
     * listed, which spares rewriting a year's list at every save.
     */
    protected abstract boolean savesMayMoveYears();

    @Override
    public T onBeforeSave(T entity, Document document, String collection) {
        boolean fresh = document.get("_id") == null;
        if (fresh) {
            document.put("_id", new ObjectId());
        }
        if (fresh || savesMayMoveYears()) {
            YearIndex index = index();
            index.add(document.getInteger("year"), index.partOf(document), List.of(document.get("_id")));
        }
        return entity;
    }
}
