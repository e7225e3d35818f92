package fr.centressociaux.portail.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.RefusedFileException;
import fr.centressociaux.portail.shared.UploadRefusals;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Journals refusals as events of their own (issue 17 §13): an operation or object a service
 * refused ({@code ACCESS_REFUSED}), a page the navigation refused, and a file refused for its size
 * or content ({@code UPLOAD_REFUSED}). The subject says what was asked (service and method, or the
 * page's path) with the ids it named, never file contents.
 */
@Component
public class RefusalJournal implements UploadRefusals {

    private static final int LONGEST_ARGUMENT = 64;

    private final AuditLog audit;

    RefusalJournal(AuditLog audit) {
        this.audit = audit;
    }

    /** A page the person may not open. */
    public void refusedPage(String path) {
        audit.record(AuditEventType.ACCESS_REFUSED, actor(), "/" + path, "page");
    }

    @Override
    public void refused(String fileName, long announcedBytes, String reason) {
        audit.record(AuditEventType.UPLOAD_REFUSED, actor(), fileName, reason + " (" + announcedBytes + " octets)");
    }

    /** A refusal thrown out of a service method. */
    void refusedCall(MethodInvocation call, RuntimeException refusal) {
        String subject = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                + "(" + ids(call.getArguments()) + ")";
        if (refusal instanceof RefusedFileException file) {
            audit.record(AuditEventType.UPLOAD_REFUSED, actor(), subject, file.messageKey());
        } else {
            audit.record(AuditEventType.ACCESS_REFUSED, actor(), subject, refusal.getMessage());
        }
    }

    /** The short text arguments (ids, codes); file bytes, drafts and long texts are left out. */
    private static String ids(@Nullable Object[] arguments) {
        return Arrays.stream(arguments).map(argument -> argument instanceof String text
                && text.length() <= LONGEST_ARGUMENT ? text : "…").collect(Collectors.joining(", "));
    }

    private static @Nullable String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? null
                : who.getName();
    }
}
