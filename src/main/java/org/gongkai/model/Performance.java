package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/** Performance targets: the department-wide target form (部门整体绩效目标表). Project targets are a table. */
public record Performance(DepartmentTargets department) {

    /** 部门（单位）整体绩效目标表. */
    public record DepartmentTargets(
            String goal,
            List<Task> tasks,
            TargetBudget budget,
            List<Indicator> indicators) {
        public DepartmentTargets {
            tasks = tasks == null ? List.of() : tasks;
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    /** 年度主要任务. */
    public record Task(String name, String content) {
    }

    /** 预算情况 of the target form. Blank cells are null. */
    public record TargetBudget(
            BigDecimal total,
            BigDecimal governmentFunds,
            BigDecimal specialAccount,
            BigDecimal unitFunds,
            BigDecimal basic,
            BigDecimal project) {
    }

    /** One indicator row: 一级/二级/三级指标, 指标值, 指标值说明. */
    public record Indicator(String level1, String level2, String level3, String value, String description) {
    }
}
