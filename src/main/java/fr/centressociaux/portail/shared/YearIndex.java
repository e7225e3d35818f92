package fr.centressociaux.portail.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The ids of a collection's documents per year, one index document a year ({@code _id} the year,
 * {@code ids} the list; or one a year and part, {@code 2024:PAS_DE_CALAIS}), so that a year's
 * documents are read by {@code _id} whatever the length of the history: the embedded server scans a whole collection for any query but one on {@code _id}
 * alone (DD013, "Year-keyed reads").
 *
 * <p>The list is a superset, never a subset, of the year's documents, which keeps the write paths
 * simple and correct across nodes and crashes:
 * <ul>
 *   <li>an id is added ({@code $addToSet}, an atomic upsert) <em>before</em> the document is written
 *       with that year, so a crash in between leaves an id too many, never one missing;</li>
 *   <li>an id is never removed: a document that moved to another year, or was deleted, stays listed
 *       and readers keep only the documents whose {@code year} is the one they asked for;</li>
 *   <li>a year whose list was never built (documents written before the index existed, a bulk load,
 *       a seeder writing without the mapping layer) is built from one scan on its first reading and
 *       marked {@code built}; ids added meanwhile by writers stay, as {@code $addToSet} merges.</li>
 * </ul>
 * A bulk load that bypasses the mapping layer into a year already built must {@link #forget} it.
 */
public final class YearIndex {

    /**
     * Ids per query: the embedded server checks every document it finds against the whole
     * {@code $in} list, so one query for a year's 6,000 enrolments would cost 6,000² comparisons.
     */
    static final int IDS_PER_QUERY = 300;
    private static final String IDS = "ids";
    private static final String BUILT = "built";

    private final MongoOperations mongo;
    private final String indexCollection;
    private final String documents;
    private final @Nullable String partField;

    /**
     * The index kept in {@code indexCollection} of the documents of {@code documents}, each carrying
     * a {@code year}; with a {@code partField}, one list per year and value of that field (a field
     * no write ever changes, such as an enrolment's department), so a reader reads only its part.
     */
    public YearIndex(MongoOperations mongo, String indexCollection, String documents, @Nullable String partField) {
        this.mongo = mongo;
        this.indexCollection = indexCollection;
        this.documents = documents;
        this.partField = partField;
    }

    /** The part of a document as its list is chosen: the value of the part field (null without one). */
    public @Nullable String partOf(Document document) {
        return partField == null ? null : String.valueOf(document.get(partField));
    }

    /** Lists the documents in the year (and part), before they are written with it. */
    public void add(int year, @Nullable String part, Collection<?> ids) {
        if (!ids.isEmpty()) {
            mongo.upsert(byId(year, part), new Update().addToSet(IDS).each(ids.toArray()), indexCollection);
        }
    }

    /**
     * The ids listed in the year and part (and maybe some that left the year), the list built first
     * if it never was.
     */
    public Set<Object> ids(int year, @Nullable String part) {
        Document index = mongo.findById(id(year, part), Document.class, indexCollection);
        Set<Object> ids = new LinkedHashSet<>();
        if (index != null) {
            ids.addAll(index.getList(IDS, Object.class, List.of()));
        }
        if (index == null || !index.getBoolean(BUILT, false)) {
            List<Object> scanned = new ArrayList<>();
            Document ofYear = new Document("year", year);
            if (partField != null) {
                ofYear.append(partField, part);
            }
            mongo.getCollection(documents).find(ofYear).projection(new Document("_id", 1))
                    .forEach(document -> scanned.add(document.get("_id")));
            mongo.upsert(byId(year, part), new Update().addToSet(IDS).each(scanned.toArray()).set(BUILT, true),
                    indexCollection);
            ids.addAll(scanned);
        }
        return ids;
    }

    /** The year's list's id: the year, or "2024:PAS_DE_CALAIS" for a part. */
    private static Object id(int year, @Nullable String part) {
        return part == null ? year : year + ":" + part;
    }

    private static Query byId(int year, @Nullable String part) {
        return Query.query(Criteria.where("_id").is(id(year, part)));
    }

    /** Drops the year's list: the next reading builds it from a scan. */
    public void forget(int year, @Nullable String part) {
        mongo.remove(byId(year, part), indexCollection);
    }

    /**
     * The documents listed in these years (and parts: the list of null without a part field), read by
     * {@code _id} in batches, with the fields {@code fields} keeps; {@code also} (when not empty)
     * narrows them, at the price of a scan on the embedded server. The caller keeps those of the
     * right year and status: the lists are supersets.
     */
    public <T> List<T> find(Collection<Integer> years, Collection<@Nullable String> parts, Criteria also,
            Consumer<Field> fields, Class<T> type) {
        List<Object> ids = new ArrayList<>();
        years.forEach(year -> parts.forEach(part -> ids.addAll(ids(year, part))));
        return findByIds(ids, also, fields, type);
    }

    /** The documents of these ids, read in batches as {@link #find} does. */
    public <T> List<T> findByIds(List<?> ids, Criteria also, Consumer<Field> fields, Class<T> type) {
        boolean narrowed = !also.getCriteriaObject().isEmpty();
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Criteria batch = Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
            Query query = Query.query(narrowed ? new Criteria().andOperator(also, batch) : batch);
            fields.accept(query.fields());
            found.addAll(mongo.find(query, type, documents));
        }
        return found;
    }
}
