package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.xlsx.CatalogWorkbookReader;
import picocli.CommandLine.Option;

/**
 * The catalogue settings of the offline commands, as in the service: {@code gongkai.catalog.dir} and
 * {@code gongkai.catalog.strict} from the command line, else a system property, else the environment
 * ({@code GONGKAI_CATALOG_DIR}), else {@code config/application.properties} in the working directory, else the copy in
 * the jar. A bad catalogue file stops the command with a message naming the file and line.
 */
public final class CatalogOptions {

    static final String DIR = "gongkai.catalog.dir";
    static final String STRICT = "gongkai.catalog.strict";

    @Option(names = "--catalog-dir", paramLabel = "DIR",
            description = "The finance bureau's catalogue folder (default: setting gongkai.catalog.dir)")
    Path catalogDir;

    @Option(names = "--strict-catalog", negatable = true, paramLabel = "STRICT",
            description = "Codes the catalogue lacks are errors (default: setting gongkai.catalog.strict)")
    Boolean strict;

    /** The editions: shipped, amended by the folder; throws CatalogFileException for a bad folder. */
    CatalogEditions editions() {
        Path dir = catalogDir;
        if (dir == null) {
            String configured = setting(DIR);
            dir = configured == null || configured.isBlank() ? null : Path.of(configured.strip());
        }
        boolean s = strict != null ? strict : Boolean.parseBoolean(String.valueOf(setting(STRICT)).strip());
        return CatalogEditions.load(dir, Map.of("xlsx", new CatalogWorkbookReader())).withStrict(s);
    }

    /** Where the folder setting came from, for the catalog command's listing. */
    String folderDescription() {
        if (catalogDir != null) {
            return catalogDir.toString();
        }
        String configured = setting(DIR);
        return configured == null || configured.isBlank() ? null : configured.strip();
    }

    static String setting(String key) {
        String v = System.getProperty(key);
        if (v != null) {
            return v;
        }
        v = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        if (v != null) {
            return v;
        }
        Path file = Path.of("config", "application.properties");
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                if (p.containsKey(key)) {
                    return p.getProperty(key);
                }
            } catch (IOException e) {
                // fall through to the packaged defaults
            }
        }
        try (InputStream in = CatalogOptions.class.getResourceAsStream("/config/application.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                return p.getProperty(key);
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
