package fr.centressociaux.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    @Test
    void aNewSecretIsWrittenWholeAndReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("secret.key");

        assertThat(OwnerOnlyFiles.writeNew(file, "first secret")).isTrue();

        assertThat(Files.readString(file)).isEqualTo("first secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(folder.toFile().list()).containsExactly("secret.key");
    }

    @Test
    void anExistingSecretIsNeverReplaced() throws Exception {
        Path file = folder.resolve("secret.key");
        OwnerOnlyFiles.writeNew(file, "first secret");

        assertThat(OwnerOnlyFiles.writeNew(file, "second secret")).isFalse();

        assertThat(Files.readString(file)).isEqualTo("first secret");
        assertThat(folder.toFile().list()).as("no draft left behind").containsExactly("secret.key");
    }

    @Test
    void ofManyStartsRacingOnOneFolderOneWritesAndEveryoneReadsThatWholeSecret() throws Exception {
        int starts = 8;
        for (int round = 0; round < 20; round++) {
            Path file = folder.resolve("race-" + round + ".key");
            CountDownLatch go = new CountDownLatch(1);
            Set<String> read = ConcurrentHashMap.newKeySet();
            List<Future<Boolean>> wrote = new ArrayList<>();
            try (ExecutorService nodes = Executors.newFixedThreadPool(starts)) {
                for (int node = 0; node < starts; node++) {
                    String secret = "secret of node " + node;
                    wrote.add(nodes.submit(() -> {
                        go.await();
                        boolean mine = OwnerOnlyFiles.writeNew(file, secret);
                        read.add(Files.readString(file));
                        return mine;
                    }));
                }
                go.countDown();
            }
            long writers = 0;
            for (Future<Boolean> outcome : wrote) {
                writers += outcome.get() ? 1 : 0;
            }
            assertThat(writers).as("round %d: files written", round).isEqualTo(1);
            assertThat(read).as("round %d: what every start read", round).hasSize(1)
                    .allMatch(text -> text.startsWith("secret of node "));
        }
    }
}
