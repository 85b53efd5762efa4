package org.gongkai.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything published for one department and fiscal year, oldest version first; the last one is current and the
 * earlier ones form the archive.
 */
public record DepartmentPublication(int year, String code, String folderCode, String name, String approvalDate,
                                    List<PublishedVersion> versions) {

    public DepartmentPublication {
        versions = versions == null ? new ArrayList<>() : new ArrayList<>(versions);
    }

    public PublishedVersion current() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The department's landing page, which points at the current version. */
    public String pagePath() {
        return year + "/" + folderCode + "/index.html";
    }

    public String key() {
        return key(year, folderCode);
    }

    public static String key(int year, String folderCode) {
        return year + "/" + folderCode;
    }
}
