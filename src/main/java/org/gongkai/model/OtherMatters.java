package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * 其他重要事项: 机关运行经费, 重点项目, 国有资产占用, 专项转移支付, and what a profile without the matching tables asks
 * people to write: 政府采购 by kind, 绩效目标 coverage, planned purchases and the 项目经费情况说明 of major projects.
 * Where a profile has a table for a figure (a 政府采购 table, say), the figure is derived from the table instead.
 */
public record OtherMatters(
        BigDecimal operatingCosts,
        List<KeyProject> keyProjects,
        Assets assets,
        List<SpecialTransfer> specialTransferProjects,
        Procurement procurement,
        PerformanceCoverage performanceCoverage,
        PlannedPurchases plannedPurchases,
        List<ProjectStatement> projectStatements) {

    public OtherMatters {
        keyProjects = keyProjects == null ? List.of() : keyProjects;
        specialTransferProjects = specialTransferProjects == null ? List.of() : specialTransferProjects;
        projectStatements = projectStatements == null ? List.of() : projectStatements;
    }

    /** The other matters without the parts only some profiles ask for (procurement by kind, coverage, purchases, statements). */
    public OtherMatters(BigDecimal operatingCosts, List<KeyProject> keyProjects, Assets assets, List<SpecialTransfer> specialTransferProjects) {
        this(operatingCosts, keyProjects, assets, specialTransferProjects, null, null, null, null);
    }

    public static OtherMatters empty() {
        return new OtherMatters(null, null, null, null);
    }

    /** 政府采购预算 by kind, in the submission's unit; {@code smeReserved}: 面向中小企业预留, of it {@code smallMicroReserved}. */
    public record Procurement(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal smeReserved,
                              BigDecimal smallMicroReserved) {
        public BigDecimal total() {
            return nz(goods).add(nz(works)).add(nz(services));
        }

        private static BigDecimal nz(BigDecimal v) {
            return v == null ? BigDecimal.ZERO : v;
        }
    }

    /** 绩效目标 coverage: units that set targets (optional), projects with targets and their budget (submission's unit). */
    public record PerformanceCoverage(Integer units, Integer projects, BigDecimal amount) {
    }

    /** Purchases the budget plans: vehicles by category key (the profile's categories) and equipment of 100万元 or more. */
    public record PlannedPurchases(java.util.Map<String, Integer> vehicleCategories, Integer equipmentOver1m) {
        public PlannedPurchases {
            vehicleCategories = vehicleCategories == null ? java.util.Map.of() : vehicleCategories;
        }
    }

    /**
     * 项目经费情况说明 of one project, in its seven parts: 项目概述, 立项依据 (one line per document), 实施主体, 实施方案,
     * 实施周期, 年度预算安排 (with its breakdown), 绩效目标.
     */
    public record ProjectStatement(String name, String overview, List<String> basis, String implementer, String plan,
                                   String period, String budget, String target) {
        public ProjectStatement {
            basis = basis == null ? List.of() : basis;
        }
    }

    /** A key project (重点项目) with its performance target. */
    public record KeyProject(String name, BigDecimal amount, String target) {
    }

    /** A special transfer payment project (专项转移支付) the department manages. */
    public record SpecialTransfer(String name, BigDecimal amount) {
    }

    /** 国有资产占用 at the end of the prior year. */
    public record Assets(
            String asOf,
            Vehicles vehicles,
            Integer generalEquipmentOver500k,
            Integer specialEquipmentOver1m,
            java.util.Map<String, Integer> vehicleCategories,
            Integer equipmentOver1m) {

        public Assets {
            vehicleCategories = vehicleCategories == null ? java.util.Map.of() : vehicleCategories;
        }

        /** The assets with the four vehicle kinds and two equipment thresholds, without a profile's own categories. */
        public Assets(String asOf, Vehicles vehicles, Integer generalEquipmentOver500k, Integer specialEquipmentOver1m) {
            this(asOf, vehicles, generalEquipmentOver500k, specialEquipmentOver1m, null, null);
        }
    }

    /** Vehicles held, by category. */
    public record Vehicles(Integer general, Integer lawEnforcement, Integer specialTechnical, Integer other) {
        public int total() {
            return n(general) + n(lawEnforcement) + n(specialTechnical) + n(other);
        }

        private static int n(Integer i) {
            return i == null ? 0 : i;
        }
    }
}
