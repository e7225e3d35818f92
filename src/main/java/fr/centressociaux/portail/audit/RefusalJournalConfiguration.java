package fr.centressociaux.portail.audit;

import fr.centressociaux.portail.shared.RefusedFileException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Wraps every secured service method of the portal (those with {@code @PreAuthorize}, already
 * proxied by method security) outside the security check, so both its refusals and the scope
 * checks inside the methods reach {@link RefusalJournal}. Only the outermost secured call journals,
 * so a refusal passing through nested services is one event.
 */
@Configuration(proxyBeanMethods = false)
class RefusalJournalConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalJournalAdvisor(ObjectProvider<RefusalJournal> journal) {
        ComposablePointcut securedPortalMethods = new ComposablePointcut(
                AnnotationMatchingPointcut.forMethodAnnotation(PreAuthorize.class))
                .intersection((Class<?> type) -> type.getName().startsWith("fr.centressociaux.portail."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(securedPortalMethods,
                new JournalingInterceptor(journal));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Lazy on the journal: an advisor is made before the beans it watches, the journal among them. */
    private static final class JournalingInterceptor implements MethodInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private final ObjectProvider<RefusalJournal> journal;

        JournalingInterceptor(ObjectProvider<RefusalJournal> journal) {
            this.journal = journal;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation call) throws Throwable {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return call.proceed();
            } catch (AccessDeniedException | RefusedFileException refusal) {
                if (depth[0] == 1) {
                    journal.getObject().refusedCall(call, refusal);
                }
                throw refusal;
            } finally {
                if (--depth[0] == 0) {
                    DEPTH.remove();
                }
            }
        }
    }
}
