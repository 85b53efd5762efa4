package org.gongkai.model;

import java.util.List;

/** The department that publishes: who it is, what it does, which budget units and divisions it has, who submitted. */
public record Department(
        String code,
        String name,
        String level,
        String region,
        List<String> duties,
        List<BudgetUnit> units,
        List<String> divisions,
        Contact contact) {

    public Department {
        duties = duties == null ? List.of() : duties;
        units = units == null ? List.of() : units;
        divisions = divisions == null ? List.of() : divisions;
    }

    /** A budget unit (预算单位) of the department; the headquarters is the department's own 本级 unit. */
    public record BudgetUnit(String code, String name, String kind, Boolean isHeadquarters) {
        public boolean headquarters() {
            return Boolean.TRUE.equals(isHeadquarters);
        }
    }

    /** The person who submitted the budget and receives alerts about it. */
    public record Contact(String name, String email, String phone) {
    }
}
