package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mapping 部门预算支出经济分类 → 政府预算支出经济分类 (budget-rules.md §3.5). */
public final class EconomicMapping {

    private final Map<String, EconomicMappingEntry> byDepartmentCode = new LinkedHashMap<>();

    EconomicMapping(List<EconomicMappingEntry> entries) {
        for (EconomicMappingEntry e : entries) {
            if (byDepartmentCode.putIfAbsent(e.departmentCode(), e) != null) {
                throw new IllegalStateException("duplicate mapping for " + e.departmentCode());
            }
        }
    }

    /** The mapping row of a 部门经济分类 code, if the catalogue knows one. */
    public Optional<EconomicMappingEntry> find(String departmentCode) {
        return departmentCode == null ? Optional.empty()
                : Optional.ofNullable(byDepartmentCode.get(departmentCode.strip()));
    }

    /** Department codes that map to a government code. */
    public List<String> departmentCodesFor(String governmentCode) {
        return byDepartmentCode.values().stream()
                .filter(e -> e.governmentCode().equals(governmentCode)).map(EconomicMappingEntry::departmentCode).toList();
    }

    public List<EconomicMappingEntry> withStatus(VerificationStatus status) {
        return byDepartmentCode.values().stream().filter(e -> e.status() == status).toList();
    }

    public List<EconomicMappingEntry> all() {
        return new ArrayList<>(byDepartmentCode.values());
    }
}
