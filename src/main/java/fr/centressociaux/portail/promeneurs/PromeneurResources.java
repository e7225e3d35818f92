package fr.centressociaux.portail.promeneurs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.promeneurs.PdnResource.ResourceFile;
import fr.centressociaux.portail.promeneurs.internal.PdnResourceFile;
import fr.centressociaux.portail.promeneurs.internal.PdnResourceFileRepository;
import fr.centressociaux.portail.promeneurs.internal.PdnResourceRepository;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FileKind;
import fr.centressociaux.portail.shared.FileNames;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The documents and tools the coordinator makes available to the network (a file or a link, with a
 * short Markdown description shown sanitised). Professionals' employers' directors and the network's
 * staff read them; the year's count is a figure ({@link PromeneursMeasure#RESOURCES_MADE_AVAILABLE}).
 */
@Service
public class PromeneurResources {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Guides and tools: printed documents, office files and pictures; never a page or a program. */
    static final Set<FileKind> FILE_KINDS = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.OFFICE_DOCUMENT);

    private final PdnResourceRepository resources;
    private final PdnResourceFileRepository files;
    private final PromeneurAccess access;
    private final InputValidation validation;

    PromeneurResources(PdnResourceRepository resources, PdnResourceFileRepository files, PromeneurAccess access,
            InputValidation validation) {
        this.resources = resources;
        this.files = files;
        this.access = access;
        this.validation = validation;
    }

    /**
     * Publishes a resource: a link, or a file ({@code fileName} and {@code content}), not both. The
     * file's kind is told by its first bytes and it is served with that kind's type.
     */
    @PreAuthorize("isAuthenticated()")
    public PdnResource publish(ResourceDraft draft, @Nullable String fileName, byte @Nullable [] content) {
        access.checkRunTheNetwork();
        Problems problems = validation.of(draft);
        boolean hasFile = content != null && content.length > 0;
        if (hasFile == draft.hasLink()) {
            problems.add("link", "promeneurs.resources.link-or-file");
        }
        problems.throwIfAny();
        ResourceFile file = null;
        if (hasFile) {
            if (content.length > MAX_FILE_BYTES) {
                throw new UserFacingException("promeneurs.resources.too-large", MAX_FILE_BYTES / 1024 / 1024);
            }
            FileKind kind = FileKind.require(content, FILE_KINDS, "promeneurs.resources.file-type");
            PdnResourceFile stored = files.save(new PdnResourceFile(content));
            file = new ResourceFile(Objects.requireNonNull(stored.getId()), FileNames.safe(fileName),
                    kind.contentType(), content.length);
        }
        return resources.save(new PdnResource(draft, file, access.today(), access.actor()));
    }

    /** Takes the resource out of the list; it still counts among those made available the year it was published. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(String resourceId) {
        access.checkRunTheNetwork();
        PdnResource resource = load(resourceId);
        resource.withdraw(access.today());
        resources.save(resource);
    }

    /** The resources in the network's hands, newest first, a page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<PdnResource> page(Pageable pageable) {
        access.checkReadResources();
        return resources.findByWithdrawnOnNullOrderByPublishedOnDesc(pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        access.checkReadResources();
        return resources.countByWithdrawnOnNull();
    }

    @PreAuthorize("isAuthenticated()")
    public FileDownload download(String resourceId) {
        access.checkReadResources();
        PdnResource resource = load(resourceId);
        ResourceFile file = resource.file().filter(any -> !resource.isWithdrawn())
                .orElseThrow(() -> new UserFacingException("promeneurs.resources.not-found"));
        PdnResourceFile stored = files.findById(file.fileId())
                .orElseThrow(() -> new UserFacingException("promeneurs.resources.not-found"));
        return new FileDownload(file.name(), file.contentType(), stored.bytes());
    }

    /** Whether the caller publishes and withdraws resources (for screens to offer it). */
    @PreAuthorize("isAuthenticated()")
    public boolean canPublish() {
        return access.canRunTheNetwork();
    }

    private PdnResource load(String id) {
        return resources.findById(id).orElseThrow(() -> new UserFacingException("promeneurs.resources.not-found"));
    }
}
