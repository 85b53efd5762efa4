package org.gongkai.validation;

import org.gongkai.model.Submission;

/**
 * Last year's budget of the same department as gongkai holds it: the reference for this year's comparatives.
 *
 * @param submission last year's submission as archived
 * @param document   the original file's name (what the department sent last year)
 * @param version    the archive folder ({receivedAt}-{sha8}): which of last year's versions is the reference
 * @param imported   true when the file was imported as reference only ({@code import-reference}), false when gongkai
 *                   accepted and published it
 */
public record PriorYearReference(Submission submission, String document, String version, boolean imported) {

    /** How findings name the reference: "2024年部门预算（gongkai 已公开，文件 a.json，版本 …）". */
    public String describe() {
        Integer y = submission.fiscalYear();
        return (y == null ? "上年" : y + "年") + "部门预算（" + (imported ? "导入的参考文件" : "gongkai 已受理公开")
                + "，文件 " + document + "，版本 " + version + "）";
    }
}
