package fr.centressociaux.portail.mail.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no SMTP host is configured and the prod profile is off. */
class NoSmtpHostConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !environment.containsProperty("spring.mail.host") && !environment.matchesProfiles("prod");
    }
}
