package org.gongkai.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.catalog.ClassificationEntry;
import org.gongkai.catalog.EconomicMappingEntry;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Department;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;

/**
 * Derivable data is not demanded: a 部门经济分类 款 row without its 政府经济分类 gets the code (and name) the
 * catalogue's mapping gives, for the documents and the open data. Each derived row carries the text entry
 * {@value #MARK} = {@value #MARK_TEXT}, so data.json shows which codes the department did not write itself. The
 * validator reports the same derivation as the warning {@code class.gov-econ-derived}.
 */
public final class GovernmentCodeDerivation {

    /** Text key marking a derived 政府经济分类 on a row. */
    public static final String MARK = "govEconDerived";
    /** What the mark says. */
    public static final String MARK_TEXT = "按部门经济分类与政府经济分类对应关系推导";

    private GovernmentCodeDerivation() {
    }

    /** The submission with derivable government codes filled in; the same instance when there is nothing to derive. */
    public static Submission apply(Submission s, CatalogEditions editions) {
        if (s == null) {
            return null;
        }
        ClassificationCatalog c = editions.forYear(s.fiscalYear() == null ? 0 : s.fiscalYear()).catalog();
        List<Department.BudgetUnit> units = s.department() == null ? List.of()
                : s.department().units().stream().filter(u -> u != null).toList();
        boolean onlyPublic = !units.isEmpty() && units.stream().allMatch(u -> u.kind() != null && u.kind().contains("事业"));
        Map<String, BudgetTable> tables = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, BudgetTable> t : s.tables().entrySet()) {
            if (t.getValue() == null) {
                tables.put(t.getKey(), null);
                continue;
            }
            List<TableRow> rows = new ArrayList<>();
            for (TableRow r : t.getValue().rows()) {
                TableRow d = derive(r, c, onlyPublic);
                changed |= d != r;
                rows.add(d);
            }
            tables.put(t.getKey(), new BudgetTable(rows));
        }
        if (!changed) {
            return s;
        }
        return new Submission(s.formatVersion(), s.profile(), s.fiscalYear(), s.amountUnit(), s.precision(), s.approvalDate(),
                s.department(), tables, s.explanations(), s.priorYear(), s.otherMatters(), s.performance());
    }

    private static TableRow derive(TableRow r, ClassificationCatalog c, boolean onlyPublic) {
        if (r == null || r.rowKind() != TableRow.Kind.ITEM || r.item() != null || r.econCode() == null
                || r.econCode().strip().length() != 5 || r.govEconCode() != null && !r.govEconCode().isBlank()) {
            return r;
        }
        EconomicMappingEntry m = c.mapping().find(r.econCode()).orElse(null);
        if (m == null) {
            return r;
        }
        String gov = onlyPublic && m.alternativeCode() != null ? m.alternativeCode() : m.governmentCode();
        String name = c.governmentEconomic().find(gov).map(ClassificationEntry::name).orElse(r.govEconName());
        Map<String, String> text = new LinkedHashMap<>(r.text());
        text.put(MARK, MARK_TEXT);
        return new TableRow(r.kind(), r.item(), r.unitCode(), r.functionCode(), r.econCode(), gov, r.name(), name, r.values(), text);
    }
}
