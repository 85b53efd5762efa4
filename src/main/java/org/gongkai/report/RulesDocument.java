package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.intake.ReadRules;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.RuleCategory;
import org.gongkai.validation.RuleDefinition;
import org.gongkai.xlsx.XlsxRules;

/** docs/rules.md: every rule a submission can break, from reading the file to the last cross-table check. */
public final class RulesDocument {

    private RulesDocument() {
    }

    /** The rules of the file readers, as catalogue definitions. */
    public static List<RuleDefinition> readingRules() {
        List<RuleDefinition> rules = new ArrayList<>();
        List<ReadRules.ReadRule> all = new ArrayList<>(ReadRules.all());
        all.addAll(XlsxRules.all());
        for (ReadRules.ReadRule r : all) {
            rules.add(new RuleDefinition(r.id(), r.severity(), RuleCategory.FILE, r.title(), r.basis(), r.description()));
        }
        return rules;
    }

    public static String markdown() {
        return RuleCatalog.markdown(readingRules());
    }
}
