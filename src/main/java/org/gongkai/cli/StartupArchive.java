package org.gongkai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The class-data archive beside the jar ({@code target/gongkai.jsa}, Java's AppCDS): the classes of gongkai, Camel,
 * PDFBox, openhtmltopdf … already parsed and verified, mapped into memory at start instead of read from 107 jars.
 * {@code mvn package} writes it ({@link StartupArchiveCommand}); {@link Launcher} starts the JVM that does the work
 * with it. The JVM accepts an archive only for the very JVM and the very jar files it was written with, so the archive
 * is used only when its stamp ({@code gongkai.jsa.properties}: Java home and version, the jar's path, size and time)
 * still matches; otherwise gongkai starts as before.
 */
final class StartupArchive {

    static final String FILE_NAME = "gongkai.jsa";

    private final Path jar;

    private StartupArchive(Path jar) {
        this.jar = jar;
    }

    /**
     * The archive of the jar this JVM was started from with {@code java -jar}, or null when it was started otherwise
     * (tests, an IDE, {@code -cp}): only the packaged jar has an archive.
     */
    static StartupArchive ofRunningJar() {
        String classPath = System.getProperty("java.class.path", "");
        String command = System.getProperty("sun.java.command", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
                || !command.startsWith(classPath)) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? of(jar) : null;
    }

    /** The archive beside this jar. */
    static StartupArchive of(Path jar) {
        return new StartupArchive(jar.toAbsolutePath().normalize());
    }

    Path jar() {
        return jar;
    }

    Path archive() {
        return jar.resolveSibling(FILE_NAME);
    }

    Path stampFile() {
        return jar.resolveSibling(FILE_NAME + ".properties");
    }

    /** The archive exists and was written by this Java for this jar. */
    boolean usable() {
        try {
            return Files.isRegularFile(archive()) && Files.isRegularFile(stampFile())
                    && Files.readString(stampFile(), StandardCharsets.UTF_8).equals(stamp());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Records that the archive now beside the jar belongs to this Java and this jar. */
    void writeStamp() throws IOException {
        Path tmp = stampFile().resolveSibling(FILE_NAME + ".properties.tmp");
        Files.writeString(tmp, stamp(), StandardCharsets.UTF_8);
        Files.move(tmp, stampFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String stamp() throws IOException {
        return new StringBuilder("# the class-data archive gongkai.jsa was written by this Java for this jar (gongkai cds-archive)\n")
                .append("java.home=").append(System.getProperty("java.home")).append('\n')
                .append("java.vm.version=").append(System.getProperty("java.vm.version")).append('\n')
                .append("jar=").append(jar).append('\n')
                .append("jar.size=").append(Files.size(jar)).append('\n')
                .append("jar.modified=").append(Files.getLastModifiedTime(jar).toMillis()).append('\n')
                .toString();
    }

    /** The java executable of this JVM. */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
