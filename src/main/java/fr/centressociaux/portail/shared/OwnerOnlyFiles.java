package fr.centressociaux.portail.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders of the data folder that only the portal's user may read (the embedded
 * database, its credentials, the check-in link key): POSIX mode 600 (700 for a folder) where the
 * file system has modes; elsewhere (Windows) the owner-only flags of {@link java.io.File}, the best
 * the platform offers without ACL editing.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and its parents) if missing; the folder itself is made owner-only. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder.toAbsolutePath().getParent());
        create(folder, FOLDER, Files::createDirectory);
    }

    /** Creates an empty file nobody else can open, so its content is never readable by others. */
    public static void createFile(Path file) throws IOException {
        create(file, FILE, Files::createFile);
    }

    /**
     * Writes a secret made at first start, all at once and only if no file is there yet: the
     * content goes to an owner-only temporary file in the same folder, which is then linked to
     * its name (a hard link never replaces an existing file). So a reader never finds the file
     * empty or half-written, even when the portal is killed while writing, and of two nodes
     * starting on one folder the second keeps the first one's secret.
     *
     * @return {@code false} when the file was already there (the caller reads it instead)
     */
    public static boolean writeNew(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path draft = isPosix(folder)
                ? Files.createTempFile(folder, ".new-", ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, ".new-", ".tmp");
        try {
            ownerOnlyFlagsWhereNoModes(draft);
            try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            return link(file, draft);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static boolean link(Path file, Path draft) throws IOException {
        try {
            Files.createLink(file, draft);
            return true;
        } catch (FileAlreadyExistsException another) {
            return false;
        } catch (UnsupportedOperationException noHardLinks) {
            try {
                Files.move(draft, file); // without REPLACE_EXISTING: refuses an existing file
                return true;
            } catch (FileAlreadyExistsException another) {
                return false;
            }
        }
    }

    private static void ownerOnlyFlagsWhereNoModes(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            ownerOnlyFlags(file);
        }
    }

    /** Where modes exist, the path is born with them: there is no moment when others could open it. */
    private static void create(Path path, Set<PosixFilePermission> permissions, Creation creation)
            throws IOException {
        if (isPosix(path.toAbsolutePath().getParent())) {
            creation.create(path, PosixFilePermissions.asFileAttribute(permissions));
        } else {
            creation.create(path);
            ownerOnlyFlags(path);
        }
    }

    /** Takes away what others may do with an existing file (an older start, or a copy, left it open). */
    public static void tighten(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            ownerOnlyFlags(file);
            return;
        }
        Set<PosixFilePermission> current = posix.readAttributes().permissions();
        if (!FILE.containsAll(current)) {
            LOG.warn("{} could be read or changed by other users ({}): made readable by its owner only", file,
                    PosixFilePermissions.toString(current));
            posix.setPermissions(FILE);
        }
    }

    /** {@link Files#createFile} or {@link Files#createDirectory}. */
    private interface Creation {
        Path create(Path path, FileAttribute<?>... attributes) throws IOException;
    }

    private static boolean isPosix(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static void ownerOnlyFlags(Path path) {
        var file = path.toFile();
        boolean done = file.setReadable(false, false) & file.setReadable(true, true)
                & file.setWritable(false, false) & file.setWritable(true, true);
        if (!done) {
            LOG.warn("Could not make {} readable by its owner only: protect the data folder yourself", path);
        }
    }
}
