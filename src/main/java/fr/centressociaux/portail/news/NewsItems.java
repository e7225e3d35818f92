package fr.centressociaux.portail.news;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.news.internal.NewsRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The news items: every signed-in person reads them, staff ({@code ADMIN}) write, change and delete
 * them (DD020). Changes carry the version the person saw; a save in between is refused.
 */
@Service
public class NewsItems {

    /** More than a newsletter announces in a fortnight; the rest would not be read anyway. */
    private static final int MOST_DATED = 30;

    private final NewsRepository items;
    private final CurrentUser currentUser;
    private final InputValidation validation;

    NewsItems(NewsRepository items, CurrentUser currentUser, InputValidation validation) {
        this.items = items;
        this.currentUser = currentUser;
        this.validation = validation;
    }

    /** A page of the news, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<NewsItem> page(Pageable pageable) {
        signedIn();
        return items.findAllByOrderByDateDescIdDesc(pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        signedIn();
        return items.count();
    }

    /** The items from {@code source} dated from {@code from} to {@code to} included, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<NewsItem> dated(NewsSource source, LocalDate from, LocalDate to) {
        signedIn();
        return items.findDated(source, from, to, PageRequest.of(0, MOST_DATED));
    }

    @PreAuthorize("isAuthenticated()")
    public NewsItem get(String id) {
        signedIn();
        return load(id);
    }

    /** Whether the caller writes the news (the views offer the buttons; this service is the guard). */
    @PreAuthorize("isAuthenticated()")
    public boolean canManage() {
        return signedIn().role() == Role.ADMIN;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NewsItem publish(NewsDraft draft) {
        checkManage();
        return items.insert(new NewsItem(validation.check(draft).tidy()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NewsItem update(String id, long expectedVersion, NewsDraft draft) {
        checkManage();
        NewsItem item = load(id);
        if (item.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        item.rewrite(validation.check(draft).tidy());
        try {
            return items.save(item);
        } catch (OptimisticLockingFailureException savedInBetween) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String id) {
        checkManage();
        items.delete(load(id));
    }

    private NewsItem load(String id) {
        return items.findById(id).orElseThrow(() -> new UserFacingException("news.not-found"));
    }

    private void checkManage() {
        if (signedIn().role() != Role.ADMIN) {
            throw new AccessDeniedException("Only staff write the news");
        }
    }

    private AccountPrincipal signedIn() {
        return currentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
