package org.gongkai.xlsx;

import org.gongkai.profile.DisclosureProfile;

/**
 * What a blank template is for.
 *
 * @param profileId      disclosure profile (a profile file's id; null: the default profile)
 * @param departmentCode 部门代码 (e.g. 701)
 * @param departmentName 部门名称
 * @param fiscalYear     预算年度
 */
public record TemplateRequest(String profileId, String departmentCode, String departmentName, int fiscalYear) {

    public TemplateRequest {
        profileId = profileId == null || profileId.isBlank() ? DisclosureProfile.defaultId() : profileId;
    }

    public static TemplateRequest of(String departmentCode, String departmentName, int fiscalYear) {
        return new TemplateRequest(DisclosureProfile.defaultId(), departmentCode, departmentName, fiscalYear);
    }
}
