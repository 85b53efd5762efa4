package org.gongkai.publish;

import java.util.Map;
import java.util.TreeMap;

/**
 * One published version of a department's disclosure: the versioned folder on the server
 * ({@code 2024/701/v1-abcd1234}), the files in it with their SHA-256, the staged folder it came from, when it
 * went out, and whether it corrected an earlier version (更正).
 *
 * @param version      1, 2, ... per department and year
 * @param folder       the versioned folder on the server, relative to the publication root
 * @param contentHash  SHA-256 over the relative paths and hashes of every file (identifies the content)
 * @param stagedFolder the staged folder it was published from, relative to the staging root
 * @param publishedAt  ISO local date-time (publication time zone)
 * @param files        relative path inside {@code folder} -> SHA-256
 * @param correction   true when it replaced an earlier version (更正)
 * @param figures      the key figures the site index shows (null for versions recorded before they were kept)
 */
public record PublishedVersion(int version, String folder, String contentHash, String stagedFolder, String publishedAt,
                               Map<String, String> files, boolean correction, KeyFigures figures) {

    public PublishedVersion {
        files = files == null ? new TreeMap<>() : new TreeMap<>(files);
    }

    public PublishedVersion(int version, String folder, String contentHash, String stagedFolder, String publishedAt,
                            Map<String, String> files, boolean correction) {
        this(version, folder, contentHash, stagedFolder, publishedAt, files, correction, null);
    }

    /** The publication date (YYYY-MM-DD). */
    public String publishedOn() {
        return publishedAt == null || publishedAt.length() < 10 ? publishedAt : publishedAt.substring(0, 10);
    }
}
