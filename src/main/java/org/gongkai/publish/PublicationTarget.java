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

    /**
     * How many departments the pass may upload at the same time. A target that answers more than one must accept
     * calls from that many threads at once (each department's files and its page switch come from one thread).
     */
    default int connections() {
        return 1;
    }

    /** Where this target points, without secrets (for logs and mails). */
    String describe();
}
