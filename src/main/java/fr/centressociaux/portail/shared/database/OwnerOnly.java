package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders of the embedded database that only the portal's user may read: POSIX mode
 * 600 (700 for a folder) where the file system has modes; elsewhere (Windows) the owner-only
 * flags of {@link java.io.File}, the best the platform offers without ACL editing.
 */
final class OwnerOnly {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder (and its parents) if missing; the folder itself is made owner-only. */
    static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder.toAbsolutePath().getParent());
        create(folder, FOLDER, Files::createDirectory);
    }

    /** Creates an empty file nobody else can open, so its content is never readable by others. */
    static void createFile(Path file) throws IOException {
        create(file, FILE, Files::createFile);
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
    static void tighten(Path file) throws IOException {
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
