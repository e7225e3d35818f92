package fr.centressociaux.portail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class in a separate JVM with the test class path, for tests that must kill a
 * process or watch a whole startup fail. Standard error is merged into standard output.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> mainClass, String... args) {
        return start(List.of(), mainClass, args);
    }

    /** As {@link #start(Class, String...)}, with options for the child JVM (e.g. its {@code -Xmx}). */
    public static Process start(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The child must not inherit a real database chosen for the test run.
        builder.environment().remove(FreshDatabaseInitializer.REAL_MONGODB_VARIABLE);
        builder.environment().remove("SPRING_MONGODB_URI");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a child JVM for " + mainClass.getName(), e);
        }
    }
}
