package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * 其他重要事项: 机关运行经费, 重点项目, 国有资产占用, 专项转移支付.
 * 政府采购 and 绩效目标 figures are derived from the tables, not typed here.
 */
public record OtherMatters(
        BigDecimal operatingCosts,
        List<KeyProject> keyProjects,
        Assets assets,
        List<SpecialTransfer> specialTransferProjects) {

    public OtherMatters {
        keyProjects = keyProjects == null ? List.of() : keyProjects;
        specialTransferProjects = specialTransferProjects == null ? List.of() : specialTransferProjects;
    }

    public static OtherMatters empty() {
        return new OtherMatters(null, null, null, null);
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
            Integer specialEquipmentOver1m) {
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
