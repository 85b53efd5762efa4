package org.gongkai.cli;

import java.nio.file.Path;
import org.gongkai.validation.RuleCatalog;
import picocli.CommandLine.Option;

/**
 * The profile setting of the offline commands, as in the service: {@code gongkai.profile.dir} from the command line,
 * else a system property, the environment ({@code GONGKAI_PROFILE_DIR}) or {@code config/application.properties}
 * (see {@link CatalogOptions#setting}). A bad profile file stops the command with a message naming the file and place.
 */
public final class ProfileOptions {

    static final String DIR = "gongkai.profile.dir";

    @Option(names = "--profile-dir", paramLabel = "DIR",
            description = "The finance bureau's profile folder: more disclosure profiles (default: setting gongkai.profile.dir)")
    Path profileDir;

    /** Reads the folder into the known profiles; throws ProfileFileException for a bad file. */
    void read() {
        Path dir = profileDir;
        if (dir == null) {
            String configured = CatalogOptions.setting(DIR);
            dir = configured == null || configured.isBlank() ? null : Path.of(configured.strip());
        }
        RuleCatalog.useProfileFolder(dir);
    }
}
