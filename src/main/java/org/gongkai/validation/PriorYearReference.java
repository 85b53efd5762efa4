package org.gongkai.validation;

import org.gongkai.model.Submission;
import org.gongkai.narrative.CodeSuccessors;

/**
 * Last year's budget of the same department as gongkai holds it: the reference for this year's comparatives.
 *
 * @param submission last year's submission as archived
 * @param document   the original file's name (what the department sent last year)
 * @param version    the archive folder ({receivedAt}-{sha8}): which of last year's versions is the reference
 * @param imported   true when the file was imported as reference only ({@code import-reference}), false when gongkai
 *                   accepted and published it
 * @param successors the catalogue's successor information from last year's edition to this year's (items are matched
 *                   through it)
 */
public record PriorYearReference(Submission submission, String document, String version, boolean imported,
                                 CodeSuccessors successors) {

    public PriorYearReference {
        successors = successors == null ? CodeSuccessors.NONE : successors;
    }

    public PriorYearReference(Submission submission, String document, String version, boolean imported) {
        this(submission, document, version, imported, CodeSuccessors.NONE);
    }

    /** How findings name the reference: "2024年部门预算（gongkai 已公开，文件 a.json，版本 …）". */
    public String describe() {
        Integer y = submission.fiscalYear();
        return (y == null ? "上年" : y + "年") + "部门预算（" + (imported ? "导入的参考文件" : "gongkai 已受理公开")
                + "，文件 " + document + "，版本 " + version + "）";
    }
}
