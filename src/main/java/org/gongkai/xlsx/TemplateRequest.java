package org.gongkai.xlsx;

import org.gongkai.profile.DisclosureProfile;

/**
 * What a blank template is for.
 *
 * @param profileId      disclosure profile (e.g. henan-14)
 * @param departmentCode 部门代码 (e.g. 701)
 * @param departmentName 部门名称
 * @param fiscalYear     预算年度
 */
public record TemplateRequest(String profileId, String departmentCode, String departmentName, int fiscalYear) {

    public TemplateRequest {
        profileId = profileId == null || profileId.isBlank() ? DisclosureProfile.DEFAULT_ID : profileId;
    }

    public static TemplateRequest of(String departmentCode, String departmentName, int fiscalYear) {
        return new TemplateRequest(DisclosureProfile.DEFAULT_ID, departmentCode, departmentName, fiscalYear);
    }
}
