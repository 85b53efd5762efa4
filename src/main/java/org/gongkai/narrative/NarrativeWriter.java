package org.gongkai.narrative;

import static org.gongkai.narrative.Amounts.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Department;
import org.gongkai.model.Explanations;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Submission;
import org.gongkai.profile.ChineseNumerals;
import org.gongkai.profile.DisclosureProfile;

/**
 * Writes the disclosure text of the henan-14 profile (the one profile without a narrative template) from a submission and
 * its enrichment, in the wording of the Henan documents
 * (the seed disclosure is the reference for every sentence it shows).
 */
public final class NarrativeWriter {

    public Narrative write(Submission s, Enrichment e) {
        String name = s.departmentName() == null ? "" : s.departmentName();
        List<Narrative.Part> parts = List.of(partOne(s, name), partTwo(s, e, name), partThree(s));
        return new Narrative(name + s.fiscalYear() + "年部门预算公开", parts);
    }

    // ---------------------------------------------------------------- 第一部分

    private Narrative.Part partOne(Submission s, String name) {
        Blocks b = new Blocks("p1");
        Department d = s.department();
        b.section("一、" + name + "主要职责");
        if (d == null || d.duties().isEmpty()) {
            b.para("（未填写主要职责。）");
        } else {
            d.duties().forEach(b::para);
        }
        b.section("二、" + name + "所属预算单位构成情况");
        List<Department.BudgetUnit> subordinate = d == null ? List.of()
                : d.units().stream().filter(u -> !u.headquarters()).toList();
        if (subordinate.isEmpty()) {
            b.para(name + "本部门预算仅包含本级预算，无所属单位预算。");
        } else {
            List<String> unitNames = subordinate.stream().map(Department.BudgetUnit::name).toList();
            b.para(name + "本部门预算包括本级预算和所属单位预算。纳入" + s.fiscalYear() + "年部门预算编制范围的所属预算单位共"
                    + subordinate.size() + "个，包括：" + String.join("、", unitNames) + "。");
        }
        if (d != null && !d.divisions().isEmpty()) {
            b.para("机关本级预算包括：" + String.join("、", d.divisions()) + d.divisions().size() + "个科室的预算。");
        }
        return new Narrative.Part("part1", "第一部分", name + "概况", b.list());
    }

    // ---------------------------------------------------------------- 第二部分

    private Narrative.Part partTwo(Submission s, Enrichment e, String name) {
        AmountUnit u = AmountUnit.of(s.amountUnit());
        Blocks b = new Blocks("p2");
        int y = e.year();
        int p = e.priorYear();

        // 一、收入支出预算总体情况说明
        b.section("一、收入支出预算总体情况说明");
        StringBuilder one = new StringBuilder(name + y + "年收入总计" + u.money(e.income().total()) + "，支出总计"
                + u.money(e.expenditure().grandTotal()));
        List<String> cmp = new ArrayList<>();
        if (e.income().change().known()) {
            cmp.add("收入" + totalComparison(e.income().change(), e.income().reason(), u));
        }
        if (e.expenditure().change().known()) {
            cmp.add("支出" + totalComparison(e.expenditure().change(), e.expenditure().reason(), u));
        }
        if (!cmp.isEmpty()) {
            one.append("，与").append(p).append("年预算相比，").append(String.join("；", cmp));
        }
        b.para(one.append("。").toString());

        // 二、收入预算总体情况说明
        b.section("二、收入预算总体情况说明");
        List<String> src = e.income().sources().stream().map(x -> x.label() + u.money(x.amount())).toList();
        b.para(name + y + "年收入合计" + u.money(e.income().total()) + "，其中：" + String.join("；", src) + "。");

        // 三、支出预算总体情况说明
        b.section("三、支出预算总体情况说明");
        b.para(name + y + "年支出合计" + u.money(e.expenditure().total()) + "，其中："
                + basicProject(u, e.expenditure().basic(), e.expenditure().basicShare(), e.expenditure().project(),
                e.expenditure().projectShare()) + "。");

        // 四、财政拨款收入支出总体情况说明
        b.section("四、财政拨款收入支出总体情况说明");
        Enrichment.Fiscal f = e.fiscal();
        StringBuilder four = new StringBuilder(name + y + "年一般公共预算收支预算" + u.money(f.generalBudget())
                + "，政府性基金收支预算" + u.money(f.govFund()) + "，国有资本经营收支预算" + u.money(f.stateCapital()) + "。");
        List<String> fc = new ArrayList<>();
        boolean fMoved = false;
        if (f.generalBudgetChange().known()) {
            fc.add("一般公共预算收支预算" + f.generalBudgetChange().clause(u));
            fMoved |= f.generalBudgetChange().moved();
        }
        for (Object[] o : new Object[][]{{"政府性基金收支预算", f.govFundChange()}, {"国有资本经营收支预算", f.stateCapitalChange()}}) {
            Change ch = (Change) o[1];
            if (ch.known() && ch.direction() != Change.Direction.SAME) {
                fc.add(o[0] + ch.clause(u));
                fMoved = true;
            }
        }
        if (!fc.isEmpty()) {
            four.append("与").append(p).append("年预算相比，").append(String.join("；", fc));
            if (fMoved && f.reason() != null) {
                four.append("，主要原因：").append(f.reason());
            }
            four.append("。");
        }
        b.para(four.toString());

        // 五、一般公共预算支出情况说明
        Enrichment.GeneralBudget g = e.generalBudget();
        b.section("五、一般公共预算支出情况说明");
        b.subsection("（一）一般公共预算当年预算规模变化情况");
        StringBuilder five = new StringBuilder(name + y + "年一般公共预算支出年初预算为" + u.money(g.total()) + "。");
        if (g.change().known()) {
            five.append("与").append(p).append("年预算相比，");
            five.append(g.change().direction() == Change.Direction.SAME ? "持平" : g.change().clause(u));
            if (g.change().moved() && g.reason() != null) {
                five.append("，主要是").append(g.reason());
            }
            five.append("。");
        }
        five.append("其中：").append(basicProject(u, g.basic(), g.basicShare(), g.project(), g.projectShare())).append("。");
        b.para(five.toString());

        b.subsection("（二）结构情况");
        if (g.classes().isEmpty()) {
            b.para(y + "年无一般公共预算支出安排。");
        } else {
            List<String> cls = g.classes().stream().map(c -> c.shortName() + "（类）支出" + u.money(c.amount())
                    + (c.share() == null ? "" : "，占" + text(c.share()) + "%")).toList();
            b.para(y + "年一般公共预算支出年初预算为" + u.money(g.total()) + "。主要用于以下方面：" + String.join("；", cls) + "。");
        }

        b.subsection("（三）一般公共预算支出具体使用情况");
        int n = 1;
        for (Enrichment.ItemLine item : g.items()) {
            StringBuilder it = new StringBuilder(n++ + ". " + item.className() + "（类）" + item.kuanName() + "（款）"
                    + item.xiangName() + "（项）。" + y + "年预算数为" + u.money(item.amount()));
            Change ch = item.change();
            switch (ch.direction()) {
                case UP, DOWN -> it.append("，与").append(p).append("年预算相比，").append(ch.clause(u));
                case NEW -> it.append("，").append(p).append("年无此项预算，为新增支出");
                case SAME -> it.append("，与").append(p).append("年预算持平");
                default -> {
                }
            }
            if (ch.moved() && item.reason() != null) {
                it.append("，主要是").append(item.reason());
            }
            b.para(it.append("。").toString());
        }
        if (g.items().isEmpty()) {
            b.para(y + "年无一般公共预算支出安排。");
        }

        // 六、一般公共预算基本支出情况说明
        Enrichment.Basic basic = e.basic();
        b.section("六、一般公共预算基本支出情况说明");
        b.para(name + y + "年一般公共预算基本支出年初预算为" + u.money(basic.total()) + "。其中：");
        b.para("人员经费" + u.money(basic.personnel()) + share(basic.personnelShare())
                + (basic.personnelItems().isEmpty() ? "" : "，主要包括：" + String.join("、", basic.personnelItems())) + "；");
        b.para("公用经费" + u.money(basic.publicCosts()) + share(basic.publicShare())
                + (basic.publicItems().isEmpty() ? "" : "，主要包括：" + String.join("、", basic.publicItems())) + "。");

        // 七、“三公”经费支出情况说明
        Enrichment.ThreePublic t = e.threePublic();
        b.section("七、“三公”经费支出情况说明");
        StringBuilder seven = new StringBuilder(name + y + "年“三公”经费预算为" + u.money(t.total().amount()) + "。");
        Change tc = t.total().change();
        if (tc.direction() == Change.Direction.SAME) {
            seven.append(y).append("年“三公”经费支出预算数与").append(p).append("年持平，无增减变动。");
        } else if (tc.known()) {
            seven.append(y).append("年“三公”经费支出预算数比").append(p).append("年").append(tc.clause(u));
            if (t.total().reason() != null) {
                seven.append("，主要原因：").append(t.total().reason());
            }
            seven.append("。");
        }
        b.para(seven.toString());
        b.para("具体支出情况如下：");
        Enrichment.ThreePublicPart out = t.part("outbound");
        b.para(joinSentence("（一）因公出国（境）费" + u.money(out.amount())
                + "，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出", partComparison(out, p, u)));
        Enrichment.ThreePublicPart rec = t.part("reception");
        b.para(joinSentence("（二）公务接待费" + u.money(rec.amount()) + "，主要用于按规定开支的各类公务接待（含外宾接待）支出",
                partComparison(rec, p, u)));
        Enrichment.ThreePublicPart veh = t.part("vehicle");
        Enrichment.ThreePublicPart ops = t.part("vehicle_operation");
        Enrichment.ThreePublicPart buy = t.part("vehicle_purchase");
        String opsCmp = partComparison(ops, p, u);
        String buyCmp = partComparison(buy, p, u);
        List<Narrative.Span> vehicle = new ArrayList<>();
        vehicle.add(plain("（三）公务用车购置及运行费" + u.money(veh.amount()) + "，其中，"));
        vehicle.add(bold("公务用车运行维护费"));
        vehicle.add(plain(u.money(ops.amount()) + "，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出"
                + (opsCmp.isEmpty() ? "" : "。" + opsCmp) + "；"));
        vehicle.add(bold("公务用车购置费"));
        vehicle.add(plain(u.money(buy.amount()) + (buyCmp.isEmpty() ? "" : "，" + buyCmp) + "。"));
        b.para(vehicle);

        // 八、政府性基金预算支出情况说明
        b.section("八、政府性基金预算支出情况说明");
        Enrichment.GovFund gf = e.govFund();
        if (gf.none()) {
            b.para("我部门" + y + "年无使用政府性基金预算拨款安排的支出。");
        } else {
            StringBuilder eight = new StringBuilder("我部门" + y + "年政府性基金预算拨款安排的支出" + u.money(gf.total())
                    + "，其中：基本支出" + u.money(gf.basic()) + "，项目支出" + u.money(gf.project()) + "。");
            if (!gf.items().isEmpty()) {
                List<String> lines = gf.items().stream().map(i -> i.className() + "（类）" + i.kuanName() + "（款）"
                        + i.xiangName() + "（项）" + u.money(i.amount())).toList();
                eight.append("主要用于：").append(String.join("；", lines)).append("。");
            }
            Change fundCh = e.fiscal().govFundChange();
            if (fundCh.known()) {
                eight.append("与").append(p).append("年预算相比，")
                        .append(fundCh.direction() == Change.Direction.SAME ? "持平" : fundCh.clause(u)).append("。");
            }
            b.para(eight.toString());
        }

        // 九、其他重要事项情况说明
        b.section("九、其他重要事项情况说明");
        b.subsection("（一）机关运行经费支出情况");
        Enrichment.Operating op = e.operatingCosts();
        StringBuilder nine1 = new StringBuilder("我部门" + y + "年机关运行经费支出预算" + u.money(op.amount())
                + "，主要保障机构正常运转及正常履职需要");
        Change oc = op.change();
        if (oc.direction() == Change.Direction.SAME) {
            nine1.append("，与").append(p).append("年持平");
        } else if (oc.known()) {
            nine1.append("，比").append(p).append("年").append(oc.clause(u));
            if (op.reason() != null) {
                nine1.append("，主要原因：").append(op.reason());
            }
        }
        b.para(nine1.append("。").toString());

        b.subsection("（二）政府采购支出情况");
        Enrichment.Procurement pr = e.procurement();
        b.para(y + "年政府采购预算安排" + u.money(pr.total()) + "，其中：政府采购货物预算" + u.money(pr.goods())
                + "、政府采购工程预算" + u.money(pr.works()) + "、政府采购服务预算" + u.money(pr.services()) + "。");

        b.subsection("（三）绩效目标设置情况");
        Enrichment.PerformanceTotals pt = e.performance();
        b.para(y + "年" + name + "按要求编制了绩效目标，包括部门整体绩效目标和项目支出绩效目标，综合反映了部门及各项目预期完成的数量、实效、质量，"
                + "产生的社会经济效益和服务对象满意度等情况。" + y + "年，我部门纳入预算绩效管理的支出总额为" + u.money(pt.total())
                + "。其中：人员经费支出" + u.money(pt.personnel()) + "，公用经费支出" + u.money(pt.publicCosts())
                + "；项目支出" + u.money(pt.project()) + "，涉及项目" + pt.projectCount() + "个。");

        b.subsection("（四）重点项目预算的绩效目标等情况说明");
        List<OtherMatters.KeyProject> key = s.otherMatters().keyProjects();
        if (key.isEmpty()) {
            b.para("我部门" + y + "年未开展重点项目预算的绩效目标。");
        } else {
            BigDecimal sum = key.stream().map(k -> Amounts.nz(k.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            b.para("我部门" + y + "年对" + key.size() + "个重点项目编制了预算绩效目标，预算金额合计" + u.money(sum) + "，具体如下：");
            int k = 1;
            for (OtherMatters.KeyProject kp : key) {
                String target = kp.target() == null || kp.target().isBlank() ? "" : "绩效目标：" + endSentence(kp.target().trim());
                b.para(k++ + ". " + kp.name() + "，预算" + u.money(kp.amount()) + "。" + target);
            }
        }

        b.subsection("（五）国有资产占用情况");
        OtherMatters.Assets a = s.otherMatters().assets();
        if (a == null) {
            b.para("本部门未报送国有资产占用情况。");
        } else {
            OtherMatters.Vehicles v = a.vehicles() == null ? new OtherMatters.Vehicles(0, 0, 0, 0) : a.vehicles();
            String asOf = a.asOf() == null || a.asOf().isBlank() ? p + "年期末" : a.asOf().trim();
            b.para(asOf + "，本部门共有车辆" + v.total() + "辆，其中：一般公务用车" + i(v.general()) + "辆，一般执法执勤用车"
                    + i(v.lawEnforcement()) + "辆，特种专业技术用车" + i(v.specialTechnical()) + "辆，其他用车" + i(v.other())
                    + "辆；单价50万元以上通用设备" + i(a.generalEquipmentOver500k()) + "台（套），单位价值100万元以上专用设备"
                    + i(a.specialEquipmentOver1m()) + "台（套）。");
        }

        b.subsection("（六）专项转移支付项目情况");
        List<OtherMatters.SpecialTransfer> st = s.otherMatters().specialTransferProjects();
        String detail = "";
        if (!st.isEmpty()) {
            BigDecimal sum = st.stream().map(x -> Amounts.nz(x.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            detail = "，预算金额合计" + u.money(sum) + "，分别为："
                    + String.join("、", st.stream().map(x -> x.name() + u.money(x.amount())).toList());
        }
        b.para("我部门负责管理的专项转移支付项目共有" + st.size() + "项" + detail
                + (st.isEmpty() ? "，" : "。") + "我部门将按照《预算法》等有关规定，积极做好项目分配前期准备工作，在规定的时间内向财政部门提出资金分配意见，根据有关要求做好项目申报公开等相关工作。");

        return new Narrative.Part("part2", "第二部分", name + y + "年部门预算情况说明", b.list());
    }

    // ---------------------------------------------------------------- 第三部分

    private Narrative.Part partThree(Submission s) {
        Blocks b = new Blocks("p3");
        // the department's own 名词解释 when it wrote one, else the profile's default
        List<Explanations.GlossaryEntry> entries = !s.explanations().glossary().isEmpty() ? s.explanations().glossary()
                : DisclosureProfile.forSubmission(s.profile()).glossary().stream()
                        .map(g -> new Explanations.GlossaryEntry(g.term(), g.text())).toList();
        for (int i = 0; i < entries.size(); i++) {
            b.para(ChineseNumerals.of(i + 1) + "、" + entries.get(i).term() + "：" + entries.get(i).text());
        }
        return new Narrative.Part("part3", "第三部分", "名词解释", b.list());
    }

    // ---------------------------------------------------------------- phrases

    /** Section 一 style: "增加26.8万元，增长28.4%。主要原因：…" (amounts in the submission's unit) or "持平，无增减变动". */
    private static String totalComparison(Change ch, String reason, AmountUnit u) {
        if (ch.direction() == Change.Direction.SAME) {
            return "持平，无增减变动";
        }
        return ch.clause(u) + (reason == null ? "" : "。主要原因：" + reason);
    }

    /** 三公 part style: "预算数与2023年持平，无增减变动" / "预算数比2023年增加…，主要原因：…"; empty when unknown. */
    private static String partComparison(Enrichment.ThreePublicPart part, int prior, AmountUnit u) {
        Change ch = part.change();
        return switch (ch.direction()) {
            case SAME -> "预算数与" + prior + "年持平，无增减变动";
            case UNKNOWN -> "";
            default -> "预算数比" + prior + "年" + ch.clause(u) + (part.reason() == null ? "" : "，主要原因：" + part.reason());
        };
    }

    private static String joinSentence(String first, String second) {
        return first + "。" + (second.isEmpty() ? "" : second + "。");
    }

    private static String basicProject(AmountUnit u, BigDecimal basic, BigDecimal basicShare, BigDecimal project, BigDecimal projectShare) {
        return "基本支出" + u.money(basic) + share(basicShare) + "；项目支出" + u.money(project) + share(projectShare);
    }

    private static String share(BigDecimal s) {
        return s == null ? "" : "，占" + text(s) + "%";
    }

    private static String endSentence(String s) {
        return s.endsWith("。") || s.endsWith("！") || s.endsWith("？") ? s : s + "。";
    }

    private static int i(Integer v) {
        return v == null ? 0 : v;
    }

    private static Narrative.Span plain(String t) {
        return new Narrative.Span(t, false);
    }

    private static Narrative.Span bold(String t) {
        return new Narrative.Span(t, true);
    }

    /** Collects blocks and numbers the headings for anchors. */
    private static final class Blocks {
        private final String prefix;
        private final List<Narrative.Block> list = new ArrayList<>();
        private int section;
        private int subsection;

        Blocks(String prefix) {
            this.prefix = prefix;
        }

        void section(String t) {
            section++;
            subsection = 0;
            list.add(new Narrative.Block(Narrative.Kind.SECTION, prefix + "-s" + section, List.of(plain(t))));
        }

        void subsection(String t) {
            subsection++;
            list.add(new Narrative.Block(Narrative.Kind.SUBSECTION, prefix + "-s" + section + "-" + subsection, List.of(plain(t))));
        }

        void para(String t) {
            list.add(new Narrative.Block(Narrative.Kind.PARAGRAPH, null, List.of(plain(t == null ? "" : t))));
        }

        void para(List<Narrative.Span> spans) {
            list.add(new Narrative.Block(Narrative.Kind.PARAGRAPH, null, List.copyOf(spans)));
        }

        List<Narrative.Block> list() {
            return List.copyOf(list);
        }
    }
}
