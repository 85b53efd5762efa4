package org.gongkai.xlsx;

import static org.gongkai.xlsx.InfoLabels.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.intake.SourceMap;
import org.gongkai.model.Department;
import org.gongkai.model.Explanations;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Performance;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;

/**
 * Reads the 基本信息与说明 sheet: finds its sections by title (numbering optional), reads key/value sections by
 * label and list sections by their column headers, in any order, skipping blank rows.
 */
final class InfoSheetReader {
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

    private final SheetCells cells;
    private final List<Finding> findings;
    private final SourceMap sources;
    private final Map<String, List<Integer>> sections = new HashMap<>();

    InfoSheetReader(SheetCells cells, List<Finding> findings, SourceMap sources) {
        this.cells = cells;
        this.findings = findings;
        this.sources = sources;
        Map<String, String> byKey = new HashMap<>();
        for (String s : SECTIONS) {
            byKey.put(TextNormalizer.key(s), s);
        }
        String current = null;
        for (int r = 0; r <= cells.lastRow(); r++) {
            String a = cells.text(r, 0, null);
            if (a != null) {
                String k = TextNormalizer.stripNumbering(TextNormalizer.key(a));
                if (byKey.containsKey(k) && isOnlyCell(r)) {
                    current = byKey.get(k);
                    sections.computeIfAbsent(current, x -> new ArrayList<>());
                    continue;
                }
            }
            if (current != null && !blankRow(r)) {
                sections.get(current).add(r);
            }
        }
    }

    private boolean isOnlyCell(int r) {
        for (int c = 1; c <= cells.lastColumn(r); c++) {
            if (!cells.isBlank(r, c)) {
                return false;
            }
        }
        return true;
    }

    private boolean blankRow(int r) {
        for (int c = 0; c <= Math.max(cells.lastColumn(r), 0); c++) {
            if (!cells.isBlank(r, c)) {
                return false;
            }
        }
        return true;
    }

    /** The profile id written in 基本信息 (null when blank). */
    String profileId() {
        return kv(S_BASIC).text(PROFILE, "profile");
    }

    /** Everything but the tables; {@code tables} is left empty for the caller. */
    Submission read(DisclosureProfile profile) {
        KeyValues basic = kv(S_BASIC);
        Integer formatVersion = basic.integer(FORMAT_VERSION, "formatVersion");
        String profileId = basic.text(PROFILE, "profile");
        Integer year = basic.integer(FISCAL_YEAR, "fiscalYear");
        String unit = basic.text(AMOUNT_UNIT, "amountUnit");
        Integer precision = basic.integer(PRECISION, "precision");
        String approval = date(basic.text(APPROVAL_DATE, "approvalDate"));
        String code = basic.text(DEPT_CODE, "department.code");
        String name = basic.text(DEPT_NAME, "department.name");
        String level = basic.text(DEPT_LEVEL, "department.level");
        String region = basic.text(DEPT_REGION, "department.region");
        String cName = basic.text(CONTACT_NAME, "department.contact.name");
        String cMail = basic.text(CONTACT_EMAIL, "department.contact.email");
        String cPhone = basic.text(CONTACT_PHONE, "department.contact.phone");
        basic.warnUnknown();

        List<String> duties = new ArrayList<>();
        Records dutyRows = records(S_DUTIES);
        for (int r : dutyRows.rows) {
            String d = dutyRows.text(r, C_DUTY, "department.duties[" + duties.size() + "]");
            if (d != null) {
                duties.add(d);
            }
        }
        List<Department.BudgetUnit> units = new ArrayList<>();
        Records unitRows = records(S_UNITS);
        for (int r : unitRows.rows) {
            String p = "department.units[" + units.size() + "]";
            String uc = unitRows.text(r, C_UNIT_CODE, p + ".code");
            String un = unitRows.text(r, C_UNIT_NAME, p + ".name");
            String uk = unitRows.text(r, C_UNIT_KIND, p + ".kind");
            String hq = unitRows.text(r, C_UNIT_HQ, p + ".isHeadquarters");
            if (uc == null && un == null && uk == null && hq == null) {
                continue;
            }
            Boolean head = hq == null ? null : switch (TextNormalizer.key(hq)) {
                case "是", "Y", "y", "TRUE", "true", "本级" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
            units.add(new Department.BudgetUnit(uc == null ? null : TextNormalizer.noSpace(TextNormalizer.halfWidth(uc)), un, uk, head));
        }
        List<String> divisions = new ArrayList<>();
        Records divRows = records(S_DIVISIONS);
        for (int r : divRows.rows) {
            String d = divRows.text(r, C_DIVISION, "department.divisions[" + divisions.size() + "]");
            if (d != null) {
                divisions.add(d);
            }
        }
        Department.Contact contact = cName == null && cMail == null && cPhone == null ? null : new Department.Contact(cName, cMail, cPhone);
        Department department = new Department(code, name, level, region, duties, units, divisions, contact);

        KeyValues reasons = kv(S_REASONS);
        String rIncome = reasons.text(R_INCOME, "explanations.incomeChange");
        String rExp = reasons.text(R_EXPENDITURE, "explanations.expenditureChange");
        String rFiscal = reasons.text(R_FISCAL, "explanations.fiscalAppropriationChange");
        String rGeneral = reasons.text(R_GENERAL, "explanations.generalBudgetChange");
        String rOperating = reasons.text(R_OPERATING, "explanations.operatingCostChange");
        reasons.warnUnknown();

        KeyValues prior = kv(S_PRIOR);
        BigDecimal pIncome = prior.amount(P_INCOME, "priorYear.incomeTotal");
        BigDecimal pExp = prior.amount(P_EXPENDITURE, "priorYear.expenditureTotal");
        Map<String, BigDecimal> pFiscal = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : P_FISCAL.entrySet()) {
            BigDecimal v = prior.amount(f.getValue(), "priorYear.fiscalAppropriation." + f.getKey());
            if (v != null) {
                pFiscal.put(f.getKey(), v);
            }
        }
        BigDecimal pGeneral = prior.amount(P_GENERAL_EXPENDITURE, "priorYear.generalBudgetExpenditure");
        BigDecimal pOperating = prior.amount(P_OPERATING, "priorYear.operatingCosts");
        prior.warnUnknown();

        Map<String, BigDecimal> pItems = new LinkedHashMap<>();
        Map<String, String> itemChanges = new LinkedHashMap<>();
        Records items = records(S_ITEMS);
        for (int r : items.rows) {
            String raw = items.text(r, C_ITEM_CODE, null);
            if (raw == null) {
                continue;
            }
            Optional<String> c = TextNormalizer.leadingCode(raw);
            if (c.isEmpty()) {
                findings.add(FindingFactory.cellError(XlsxRules.CODE,
                        "单元格 " + items.ref(r, C_ITEM_CODE) + " 的科目编码“" + raw + "”不是数字编码。",
                        Location.field("priorYear.items").withCell(items.ref(r, C_ITEM_CODE)), raw,
                        "请填写 7 位功能分类项级科目编码，如 2080501。"));
                continue;
            }
            BigDecimal v = items.amount(r, C_PRIOR, "priorYear.items." + c.get());
            if (v != null) {
                pItems.put(c.get(), v);
            }
            String reason = items.text(r, C_REASON, "explanations.itemChanges." + c.get());
            if (reason != null) {
                itemChanges.put(c.get(), reason);
            }
        }

        Map<String, BigDecimal> pThree = new LinkedHashMap<>();
        Map<String, String> threeChanges = new LinkedHashMap<>();
        Map<String, String> threeIds = new HashMap<>();
        threePublicLabels(profile).forEach((id, label) -> {
            threeIds.put(TextNormalizer.key(label), id);
            threeIds.put(TextNormalizer.key(id), id);
        });
        Records three = records(S_THREE_PUBLIC);
        for (int r : three.rows) {
            String label = three.text(r, C_ITEM, null);
            if (label == null) {
                continue;
            }
            String id = threeIds.get(TextNormalizer.key(label));
            if (id == null) {
                unknownLabel(label, three.ref(r, C_ITEM));
                continue;
            }
            BigDecimal v = three.amount(r, C_PRIOR, "priorYear.threePublic." + id);
            if (v != null) {
                pThree.put(id, v);
            }
            String reason = three.text(r, C_REASON, "explanations.threePublicChanges." + id);
            if (reason != null) {
                threeChanges.put(id, reason);
            }
        }

        Map<String, String> tableNotes = new LinkedHashMap<>();
        Records notes = records(S_TABLE_NOTES);
        for (int r : notes.rows) {
            String title = notes.text(r, C_TABLE, null);
            if (title == null) {
                continue;
            }
            Optional<TableSpec> t = profile.tables().stream()
                    .filter(x -> TextNormalizer.key(x.title()).equals(TextNormalizer.key(title)) || x.id().equals(title)).findFirst();
            if (t.isEmpty()) {
                unknownLabel(title, notes.ref(r, C_TABLE));
                continue;
            }
            String note = notes.text(r, C_NOTE, "explanations.tableNotes." + t.get().id());
            if (note != null) {
                tableNotes.put(t.get().id(), note);
            }
        }

        KeyValues other = kv(S_OTHER);
        BigDecimal operating = other.amount(O_OPERATING, "otherMatters.operatingCosts");
        String asOf = other.text(O_AS_OF, "otherMatters.assets.asOf");
        Integer vg = other.integer(O_V_GENERAL, "otherMatters.assets.vehicles.general");
        Integer vl = other.integer(O_V_LAW, "otherMatters.assets.vehicles.lawEnforcement");
        Integer vs = other.integer(O_V_SPECIAL, "otherMatters.assets.vehicles.specialTechnical");
        Integer vo = other.integer(O_V_OTHER, "otherMatters.assets.vehicles.other");
        Integer eg = other.integer(O_EQ_GENERAL, "otherMatters.assets.generalEquipmentOver500k");
        Integer es = other.integer(O_EQ_SPECIAL, "otherMatters.assets.specialEquipmentOver1m");
        other.warnUnknown();
        OtherMatters.Vehicles vehicles = vg == null && vl == null && vs == null && vo == null ? null : new OtherMatters.Vehicles(vg, vl, vs, vo);
        OtherMatters.Assets assets = asOf == null && vehicles == null && eg == null && es == null ? null
                : new OtherMatters.Assets(asOf, vehicles, eg, es);
        List<OtherMatters.KeyProject> keyProjects = new ArrayList<>();
        Records kp = records(S_KEY_PROJECTS);
        for (int r : kp.rows) {
            String p = "otherMatters.keyProjects[" + keyProjects.size() + "]";
            String n = kp.text(r, C_PROJECT, p + ".name");
            BigDecimal a = kp.amount(r, C_AMOUNT, p + ".amount");
            String t = kp.text(r, C_TARGET, p + ".target");
            if (n != null || a != null || t != null) {
                keyProjects.add(new OtherMatters.KeyProject(n, a, t));
            }
        }
        List<OtherMatters.SpecialTransfer> transfers = new ArrayList<>();
        Records st = records(S_TRANSFERS);
        for (int r : st.rows) {
            String p = "otherMatters.specialTransferProjects[" + transfers.size() + "]";
            String n = st.text(r, C_PROJECT, p + ".name");
            BigDecimal a = st.amount(r, C_AMOUNT, p + ".amount");
            if (n != null || a != null) {
                transfers.add(new OtherMatters.SpecialTransfer(n, a));
            }
        }

        KeyValues targets = kv(S_TARGETS);
        String goal = targets.text(T_GOAL, "performance.department.goal");
        BigDecimal bt = targets.amount(T_TOTAL, "performance.department.budget.total");
        BigDecimal bg = targets.amount(T_GOV, "performance.department.budget.governmentFunds");
        BigDecimal bs = targets.amount(T_SPECIAL, "performance.department.budget.specialAccount");
        BigDecimal bu = targets.amount(T_UNIT, "performance.department.budget.unitFunds");
        BigDecimal bb = targets.amount(T_BASIC, "performance.department.budget.basic");
        BigDecimal bp = targets.amount(T_PROJECT, "performance.department.budget.project");
        targets.warnUnknown();
        List<Performance.Task> tasks = new ArrayList<>();
        Records tk = records(S_TASKS);
        for (int r : tk.rows) {
            String p = "performance.department.tasks[" + tasks.size() + "]";
            String n = tk.text(r, C_TASK, p + ".name");
            String c = tk.text(r, C_CONTENT, p + ".content");
            if (n != null || c != null) {
                tasks.add(new Performance.Task(n, c));
            }
        }
        List<Performance.Indicator> indicators = new ArrayList<>();
        Records ind = records(S_INDICATORS);
        for (int r : ind.rows) {
            String p = "performance.department.indicators[" + indicators.size() + "]";
            String l1 = ind.text(r, C_L1, p + ".level1");
            String l2 = ind.text(r, C_L2, p + ".level2");
            String l3 = ind.text(r, C_L3, p + ".level3");
            String v = ind.text(r, C_VALUE, p + ".value");
            String d = ind.text(r, C_DESCRIPTION, p + ".description");
            if (l1 != null || l2 != null || l3 != null || v != null || d != null) {
                indicators.add(new Performance.Indicator(l1, l2, l3, v, d));
            }
        }
        Performance.TargetBudget budget = bt == null && bg == null && bs == null && bu == null && bb == null && bp == null ? null
                : new Performance.TargetBudget(bt, bg, bs, bu, bb, bp);
        Performance.DepartmentTargets dt = goal == null && budget == null && tasks.isEmpty() && indicators.isEmpty() ? null
                : new Performance.DepartmentTargets(goal, tasks, budget, indicators);

        return new Submission(formatVersion, profileId, year, unit, precision, approval, department, new LinkedHashMap<>(),
                new Explanations(rIncome, rExp, rFiscal, rGeneral, itemChanges, threeChanges, rOperating, tableNotes),
                new PriorYear(pIncome, pExp, pFiscal, pGeneral, pItems, pThree, pOperating),
                new OtherMatters(operating, keyProjects, assets, transfers),
                new Performance(dt));
    }

    /** ISO date from the usual ways of writing one (2024-02-06, 2024/2/6, 2024年2月6日); other text unchanged. */
    static String date(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = DATE.matcher(TextNormalizer.noSpace(TextNormalizer.halfWidth(raw)));
        if (m.matches()) {
            try {
                return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (java.time.DateTimeException e) {
                return raw;
            }
        }
        return raw;
    }

    private static String labelKey(String label) {
        return TextNormalizer.stripNumbering(TextNormalizer.key(label).replace("*", ""));
    }

    private void unknownLabel(String label, String ref) {
        findings.add(FindingFactory.warning(XlsxRules.INFO_LABEL,
                "“" + SheetNames.INFO + "”中的标签“" + label + "”（单元格 " + ref + "）无法识别，该行已忽略。",
                Location.none().withCell(ref), "请使用模板中的标签文字。"));
    }

    private KeyValues kv(String section) {
        return new KeyValues(sections.getOrDefault(section, List.of()));
    }

    private Records records(String section) {
        return new Records(sections.getOrDefault(section, List.of()));
    }

    /** A key/value section: label in column A, value in column B. */
    private final class KeyValues {
        private final Map<String, Integer> rowByLabel = new LinkedHashMap<>();
        private final Map<String, String> rawLabel = new HashMap<>();
        private final java.util.Set<String> used = new java.util.HashSet<>();

        KeyValues(List<Integer> rows) {
            for (int r : rows) {
                String label = cells.text(r, 0, null);
                if (label != null) {
                    String k = labelKey(label);
                    rowByLabel.putIfAbsent(k, r);
                    rawLabel.putIfAbsent(k, label);
                }
            }
        }

        private Integer row(String label) {
            String k = labelKey(label);
            used.add(k);
            return rowByLabel.get(k);
        }

        String text(String label, String path) {
            Integer r = row(label);
            if (r == null) {
                return null;
            }
            String v = cells.text(r, 1, Location.field(path).withCell(cells.ref(r, 1)));
            if (path != null) {
                sources.putField(path, cells.ref(r, 1)); // also when blank: a finding about a missing value points here
            }
            return v;
        }

        Integer integer(String label, String path) {
            Integer r = row(label);
            if (r == null) {
                return null;
            }
            Optional<Integer> v = cells.integer(r, 1, new Location(null, null, null, label, null, label, path, null));
            sources.putField(path, cells.ref(r, 1));
            return v.orElse(null);
        }

        BigDecimal amount(String label, String path) {
            Integer r = row(label);
            if (r == null) {
                return null;
            }
            Optional<BigDecimal> v = cells.amount(r, 1, new Location(null, null, null, label, null, label, path, null));
            sources.putField(path, cells.ref(r, 1));
            return v.orElse(null);
        }

        void warnUnknown() {
            for (Map.Entry<String, Integer> e : rowByLabel.entrySet()) {
                if (!used.contains(e.getKey())) {
                    unknownLabel(rawLabel.get(e.getKey()), cells.ref(e.getValue(), 0));
                }
            }
        }
    }

    /** A list section: a header row of column titles, then one record per non-blank row. */
    private final class Records {
        private final Map<String, Integer> columnByHeader = new HashMap<>();
        final List<Integer> rows = new ArrayList<>();

        Records(List<Integer> sectionRows) {
            if (sectionRows.isEmpty()) {
                return;
            }
            int header = sectionRows.get(0);
            for (int c = 0; c <= cells.lastColumn(header); c++) {
                String h = cells.text(header, c, null);
                if (h != null) {
                    columnByHeader.putIfAbsent(TextNormalizer.key(h), c);
                }
            }
            rows.addAll(sectionRows.subList(1, sectionRows.size()));
        }

        private Integer column(String header) {
            return columnByHeader.get(TextNormalizer.key(header));
        }

        String ref(int r, String header) {
            Integer c = column(header);
            return cells.ref(r, c == null ? 0 : c);
        }

        String text(int r, String header, String path) {
            Integer c = column(header);
            if (c == null) {
                return null;
            }
            String v = cells.text(r, c, Location.field(path).withCell(cells.ref(r, c)));
            if (path != null) {
                sources.putField(path, cells.ref(r, c));
            }
            return v;
        }

        BigDecimal amount(int r, String header, String path) {
            Integer c = column(header);
            if (c == null) {
                return null;
            }
            Optional<BigDecimal> v = cells.amount(r, c, new Location(null, null, null, null, null, header, path, null));
            sources.putField(path, cells.ref(r, c));
            return v.orElse(null);
        }
    }
}
