package fr.centressociaux.portail.meetings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Kinds of meeting and subjects covered: read by every signed-in person, extended by admins. The
 * standard ones are seeded into an empty list at startup, in every profile (they are reference
 * data, like territories).
 */
@Service
@Order(5)
public class MeetingTerms implements ApplicationRunner {

    static final int MAX_NAME = 80;

    private final MeetingTermRepository terms;
    private final Texts texts;
    private final KindNames kindNames;

    MeetingTerms(MeetingTermRepository terms, Texts texts, KindNames kindNames) {
        this.terms = terms;
        this.texts = texts;
        this.kindNames = kindNames;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Each standard kind missing is seeded, so a database seeded before the Promeneurs du Net
        // kinds existed receives them at its next start (kinds are never deleted).
        for (StandardKind kind : StandardKind.values()) {
            if (terms.findByTypeAndCode(TermType.KIND, kind.name()).isEmpty()) {
                terms.save(new MeetingTerm(TermType.KIND, kind.name(), texts.get(kind.seedNameKey()),
                        SearchKeys.of(texts.get(kind.seedNameKey())), kind.ordinal()));
                kindNames.forget();
            }
        }
        if (terms.countByType(TermType.SUBJECT) == 0) {
            for (StandardSubject subject : StandardSubject.values()) {
                terms.save(new MeetingTerm(TermType.SUBJECT, subject.name(), texts.get(subject.seedNameKey()),
                        SearchKeys.of(texts.get(subject.seedNameKey())), subject.ordinal()));
            }
        }
    }

    /** Every term of the type, retired ones included (past meetings show them). */
    @PreAuthorize("isAuthenticated()")
    public List<MeetingTerm> all(TermType type) {
        return terms.findByTypeOrderByOrderAscNameAsc(type);
    }

    /** The terms a form offers. */
    @PreAuthorize("isAuthenticated()")
    public List<MeetingTerm> active(TermType type) {
        return all(type).stream().filter(term -> !term.isRetired()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Map<String, MeetingTerm> byId(TermType type) {
        return all(type).stream().collect(Collectors.toMap(MeetingTerm::getId, Function.identity()));
    }

    @PreAuthorize("isAuthenticated()")
    public MeetingTerm standard(StandardKind kind) {
        return terms.findByTypeAndCode(TermType.KIND, kind.name())
                .orElseThrow(() -> new IllegalStateException("Standard kind not seeded: " + kind));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MeetingTerm add(TermType type, String name) {
        String valid = validName(name);
        if (terms.existsByTypeAndNameKey(type, SearchKeys.of(valid))) {
            throw new UserFacingException("meeting.term.duplicate", valid);
        }
        kindNames.forget();
        try {
            return terms.save(new MeetingTerm(type, null, valid, SearchKeys.of(valid), 1000));
        } catch (DuplicateKeyException raced) {
            throw new UserFacingException("meeting.term.duplicate", valid);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MeetingTerm rename(String id, String name) {
        MeetingTerm term = terms.findById(id).orElseThrow(() -> new UserFacingException("meeting.term.not-found"));
        String valid = validName(name);
        String key = SearchKeys.of(valid);
        if (!key.equals(SearchKeys.of(term.getName())) && terms.existsByTypeAndNameKey(term.getType(), key)) {
            throw new UserFacingException("meeting.term.duplicate", valid);
        }
        term.rename(valid, key);
        return save(term);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public MeetingTerm retire(String id, boolean retired) {
        MeetingTerm term = terms.findById(id).orElseThrow(() -> new UserFacingException("meeting.term.not-found"));
        term.retire(retired);
        return save(term);
    }

    private MeetingTerm save(MeetingTerm term) {
        kindNames.forget();
        try {
            return terms.save(term);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    private static String validName(String name) {
        String tidy = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (tidy.isEmpty()) {
            throw new UserFacingException("meeting.term.name.required");
        }
        if (tidy.length() > MAX_NAME) {
            throw new UserFacingException("meeting.term.name.too-long", MAX_NAME);
        }
        return tidy;
    }
}
