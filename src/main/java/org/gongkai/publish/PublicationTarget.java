package org.gongkai.publish;

/**
 * Where disclosures are published: a folder tree addressed by relative paths with '/' separators
 * ({@code 2024/701/v1-abcd1234/index.html}). Implementations write every file under a temporary name and rename it,
 * so a reader never sees a half-written file.
 */
public interface PublicationTarget {

    /** Uploads a file that is written once and never changed afterwards (a file of a versioned folder). */
    void put(String path, byte[] content) throws Exception;

    /** Replaces a file readers follow (an index page, the manifest): the new content replaces the old in one rename. */
    void replace(String path, byte[] content) throws Exception;

    /** Where this target points, without secrets (for logs and mails). */
    String describe();
}
