package org.gongkai.camel;

/** Headers of the publication route. */
public final class PublishHeaders {

    /** In: true to list what would be published without uploading or mailing anything. */
    public static final String DRY_RUN = "GongkaiPublishDryRun";
    /** Out: true when anything failed in the pass. */
    public static final String FAILED = "GongkaiPublishFailed";

    private PublishHeaders() {
    }
}
