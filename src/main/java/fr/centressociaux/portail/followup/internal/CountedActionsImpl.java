package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.followup.CooperationTheme;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.shared.database.StoredValues;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the counted fields of the year's actions as raw documents and maps them here: mapping them to
 * {@link SupportAction}s through the converter cost the figures more than the query itself
 * (FollowupBenchmark, docs/benchmarks.md).
 */
class CountedActionsImpl implements CountedActions {

    private final MongoOperations mongo;

    CountedActionsImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CountedAction> findCountedStartedWithin(@Nullable Department department, LocalDate from,
            LocalDate to) {
        Criteria criteria = department == null ? new Criteria() : Criteria.where("department").is(department);
        Query query = Query.query(criteria.and("startedOn").gte(from).lte(to));
        query.fields().include("centreId", "centreName", "territoryId", "kind", "theme", "cooperation", "partners",
                "ameppSessionId", "startedOn", "confidential");
        return mongo.find(query, Document.class, mongo.getCollectionName(SupportAction.class)).stream()
                .map(this::counted).toList();
    }

    private CountedAction counted(Document action) {
        String cooperation = action.getString("cooperation");
        return new CountedAction(StoredValues.id(action),
                action.getString("centreId"), action.getString("centreName"), action.getString("territoryId"),
                SupportKind.valueOf(action.getString("kind")), action.getString("theme"),
                cooperation == null ? null : CooperationTheme.valueOf(cooperation), partners(action),
                action.getString("ameppSessionId"), Objects.requireNonNull(StoredValues.day(mongo.getConverter(), action.get("startedOn"))),
                Boolean.TRUE.equals(action.getBoolean("confidential")));
    }

    private static Set<PartnerKind> partners(Document action) {
        Set<PartnerKind> partners = EnumSet.noneOf(PartnerKind.class);
        action.getList("partners", String.class, List.of()).forEach(kind -> partners.add(PartnerKind.valueOf(kind)));
        return partners;
    }
}
