package fr.centressociaux.portail.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when neither a MongoDB URI nor host is configured and the prod profile is off. */
class NoExternalMongoConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !environment.containsProperty("spring.mongodb.uri")
                && !environment.containsProperty("spring.mongodb.host")
                && !environment.matchesProfiles("prod");
    }
}
