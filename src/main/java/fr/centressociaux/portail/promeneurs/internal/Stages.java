package fr.centressociaux.portail.promeneurs.internal;

import java.math.BigDecimal;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;

/** Pipeline stages written as the server reads them, for the few Spring's builders cannot say ({@code $map} inputs, {@code $lookup} on computed ids). */
final class Stages {

    private Stages() {
    }

    static AggregationOperation of(String operator, Object argument) {
        return context -> new Document(operator, argument);
    }

    /** A decimal as Spring stores it (a string, or a Decimal128 when so configured); zero when absent. */
    static BigDecimal decimal(@Nullable Object stored) {
        if (stored == null) {
            return BigDecimal.ZERO;
        }
        return stored instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(stored.toString());
    }
}
