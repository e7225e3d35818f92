package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.promeneurs.EventFigures;
import fr.centressociaux.portail.promeneurs.PdnEvent;
import fr.centressociaux.portail.promeneurs.SatisfactionAnswer;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The questionnaires are looked up by id from the events ({@code SatisfactionAnswer.idOf}: event and
 * participant) with a {@code $lookup} on {@code _id}, which the embedded server and a real MongoDB
 * both answer from the {@code _id} index, rather than by a year query the embedded server would
 * answer by reading every year's answers; only the scores come back.
 */
class PdnEventQueriesImpl implements PdnEventQueries {

    private final MongoOperations mongo;

    PdnEventQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<EventFigures> findWithScores(Department department, LocalDate first, LocalDate last) {
        Document answerIds = new Document("$map", new Document("input", "$participantIds").append("as", "participant")
                .append("in", new Document("$concat", List.of(new Document("$toString", "$_id"), ":", "$$participant"))));
        // null, not missing, for a questionnaire not answered: the embedded server cannot send a missing value
        Document scores = new Document("$map", new Document("input", "$answers").append("as", "answer")
                .append("in", new Document("$ifNull", Arrays.asList("$$answer.score", null))));
        TypedAggregation<PdnEvent> pipeline = Aggregation.newAggregation(PdnEvent.class,
                Aggregation.match(Criteria.where("department").is(department).and("date").gte(first).lte(last)),
                Aggregation.sort(Sort.by("date")),
                Stages.of("$addFields", new Document("answerIds", answerIds)),
                Stages.of("$lookup", new Document("from", mongo.getCollectionName(SatisfactionAnswer.class))
                        .append("localField", "answerIds").append("foreignField", "_id").append("as", "answers")),
                Stages.of("$addFields", new Document("scores", scores)),
                Stages.of("$project", new Document("answerIds", 0).append("answers", 0)));
        return mongo.aggregate(pipeline, Document.class).getMappedResults().stream()
                .map(row -> new EventFigures(mongo.getConverter().read(PdnEvent.class, row),
                        row.getList("scores", Object.class, List.of()).stream().filter(Objects::nonNull)
                                .map(score -> ((Number) score).intValue()).toList()))
                .toList();
    }
}
