package fr.centressociaux.portail.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Documents prepared in the background (DD018). One worker thread and a short queue bound what the
 * portal spends on them however many people ask at once: asking again for the same document while
 * it is queued or ready gives the same job, and a full queue is refused in French ("réessayez dans
 * un instant") instead of piling up work and memory. Each job runs under its requester's rights,
 * and only its requester may follow it or download the file, for a quarter of an hour.
 */
@Service
public class DocumentJobs {

    static final int QUEUE = 6;
    static final Duration KEPT = Duration.ofMinutes(15);

    /** Where a job stands. */
    public enum Stage { QUEUED, RUNNING, READY, FAILED }

    /** A job as its requester sees it; {@code problem} is the French reason of a failure. */
    public record Status(Stage stage, double progress, @Nullable String problem) {
    }

    private final BilanDocuments bilans;
    private final TerritoryFiches fiches;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final Texts texts;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "documents");
                thread.setDaemon(true);
                return thread;
            });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    DocumentJobs(BilanDocuments bilans, TerritoryFiches fiches, CurrentUser currentUser,
            SecurityContextHolderStrategy security, Clock clock, Texts texts) {
        this.bilans = bilans;
        this.fiches = fiches;
        this.currentUser = currentUser;
        this.security = security;
        this.clock = clock;
        this.texts = texts;
    }

    /** Starts (or finds) the bilan document; returns the job's id. */
    @PreAuthorize("isAuthenticated()")
    public String bilan(String conventionId, int year, DocumentFormat format) {
        return start("bilan:" + conventionId + ":" + year + ":" + format,
                progress -> bilans.file(conventionId, year, format, progress));
    }

    /** Starts (or finds) a fiche territoire; a delegate's other territories are refused by the fiche itself. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public String territoryFiche(String territoryId, int year, DocumentFormat format) {
        return start("fiche:" + territoryId + ":" + year + ":" + format,
                progress -> fiches.file(territoryId, year, format, progress));
    }

    @PreAuthorize("isAuthenticated()")
    public Status status(String jobId) {
        Job job = mine(jobId);
        return new Status(job.stage, job.progress, job.problem);
    }

    /** The file, to the person who asked for it only, once ready. */
    @PreAuthorize("isAuthenticated()")
    public FileDownload download(String jobId) {
        Job job = mine(jobId);
        if (job.stage != Stage.READY || job.file == null) {
            throw new UserFacingException("documents.job.not-ready");
        }
        return job.file;
    }

    private String start(String what, Function<Progress, FileDownload> work) {
        AccountPrincipal user = user();
        forgetOld();
        String key = user.accountId() + "|" + what;
        Job existing = jobs.values().stream().filter(job -> job.key.equals(key) && job.stage != Stage.FAILED)
                .findFirst().orElse(null);
        if (existing != null) {
            return existing.id;
        }
        Job job = new Job(UUID.randomUUID().toString(), key, user.accountId(), clock.instant());
        Authentication requester = Objects.requireNonNull(security.getContext().getAuthentication());
        jobs.put(job.id, job);
        try {
            worker.execute(() -> run(job, requester, work));
        } catch (RejectedExecutionException full) {
            jobs.remove(job.id);
            throw new UserFacingException("documents.job.busy");
        }
        return job.id;
    }

    private void run(Job job, Authentication requester, Function<Progress, FileDownload> work) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(requester);
        security.setContext(context);
        job.stage = Stage.RUNNING;
        try {
            job.file = work.apply(share -> job.progress = share);
            job.progress = 1;
            job.stage = Stage.READY;
        } catch (UserFacingException refused) {
            fail(job, texts.get(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException denied) {
            fail(job, texts.get("documents.job.denied"));
        } catch (RuntimeException broken) {
            fail(job, texts.get("documents.job.failed"));
            org.slf4j.LoggerFactory.getLogger(DocumentJobs.class).error("Document {} failed", job.key, broken);
        } finally {
            security.clearContext();
        }
    }

    private static void fail(Job job, String problem) {
        job.problem = problem;
        job.stage = Stage.FAILED;
    }

    private Job mine(String jobId) {
        Job job = jobs.get(jobId);
        if (job == null || !job.ownerId.equals(user().accountId())) {
            throw new AccessDeniedException("Not your document");
        }
        return job;
    }

    /** Files are kept a quarter of an hour: enough to download, not enough to fill the memory. */
    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.askedAt.isBefore(limit) && job.stage != Stage.RUNNING
                && job.stage != Stage.QUEUED);
    }

    private AccountPrincipal user() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final String key;
        final String ownerId;
        final Instant askedAt;
        volatile Stage stage = Stage.QUEUED;
        volatile double progress;
        volatile @Nullable FileDownload file;
        volatile @Nullable String problem;

        Job(String id, String key, String ownerId, Instant askedAt) {
            this.id = id;
            this.key = key;
            this.ownerId = ownerId;
            this.askedAt = askedAt;
        }
    }
}
