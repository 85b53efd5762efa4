package org.gongkai.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;

/** The template's 填写说明 sheet: how to fill in the workbook, in Chinese, generated from the profile. */
final class InstructionsSheet {
    private InstructionsSheet() {
    }

    static void write(Sheet sheet, Styles styles, DisclosureProfile profile, TemplateRequest req) {
        sheet.setColumnWidth(0, 110 * 256);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"title", SheetNames.INSTRUCTIONS});
        lines.add(new String[] {"", req.departmentName() + "（部门代码 " + req.departmentCode() + "）" + req.fiscalYear()
                + "年度部门预算公开报送工作簿。公开口径：" + profile.name() + "。"});
        lines.add(new String[] {"section", "一、工作表"});
        lines.add(new String[] {"", "“" + SheetNames.INFO + "”：部门基本信息、主要职能、预算单位、内设机构、收支增减变化原因、上年预算数、"
                + "“三公”经费、其他重要事项和部门整体绩效目标。灰色单元格是标签，在其右侧或下方填写。"});
        for (TableSpec t : profile.tables()) {
            lines.add(new String[] {"", "“" + SheetNames.forTable(t) + "”：" + describe(t)});
        }
        lines.add(new String[] {"", "“" + SheetNames.LISTS + "”（隐藏）：下拉列表使用的科目编码，请勿修改。"});
        lines.add(new String[] {"section", "二、填写规则"});
        lines.add(new String[] {"", "1. 金额单位为万元，保留 1 位小数（与公开表一致）；0 与 0.0 按单元格显示的样子公开。"});
        lines.add(new String[] {"", "2. 不要修改工作表名称、表头、固定行的项目名称；不要删除工作表，没有数据的表也要保留表头和合计行。"});
        lines.add(new String[] {"", "3. 合计行和“小计”类单元格是公式，会自动计算，请勿覆盖；行不够时，请在合计公式覆盖的范围内插入行。"});
        lines.add(new String[] {"", "4. 功能分类科目编码按“类”（3 位）、“款”（2 位）、“项”（2 位）分列填写，例如 208、05、01；"
                + "经济分类按科目编码填写，例如 30101。可从下拉列表选择，也可直接输入数字。"});
        lines.add(new String[] {"", "5. 金额只填数字，不要填写“万元”等文字；可以从财务系统复制粘贴（文本格式的数字、千分位逗号、全角数字都能识别）。"});
        lines.add(new String[] {"", "6. 单位行（部门代码和部门名称）按部门填写一行，所属预算单位各占一行；科目行逐项填写。"});
        lines.add(new String[] {"", "7. 批复日期按 2024-02-06 的格式填写。"});
        lines.add(new String[] {"", "8. 增减变化原因只写原因本身（如“绩效改革，增加基础绩效奖”），不要写“主要原因：”。"});
        lines.add(new String[] {"section", "三、保存与报送"});
        lines.add(new String[] {"", "1. 用 Excel 或 WPS 保存为“Excel 工作簿（*.xlsx）”；不要保存为 .xls 或启用宏的 .xlsm，不要设置打开密码。"});
        lines.add(new String[] {"", "2. 保存前确认公式已计算（Excel 默认自动计算）；没有计算结果的公式会被退回。"});
        lines.add(new String[] {"", "3. 报送后系统自动校验；有问题时会收到退回报告，报告会指出工作表和单元格（例如 '部门支出总体情况表'!F9）。"});
        int r = 0;
        for (String[] l : lines) {
            TableSheetWriter.text(sheet, r++, 0, l[1],
                    "title".equals(l[0]) ? styles.title : "section".equals(l[0]) ? styles.section : styles.plain);
        }
    }

    private static String describe(TableSpec t) {
        return switch (t.layout()) {
            case BALANCE -> "收入和支出按固定行次填写金额，合计行自动计算。";
            case FIXED -> "按固定行填写金额，合计列自动计算。";
            case FORM -> "根据“" + SheetNames.INFO + "”中的“部门整体绩效目标”等部分生成，无需单独填写。";
            case GRID -> t.rowKinds().contains("item")
                    ? (t.rowKinds().contains("unit") ? "先填部门（单位）行，再逐项填写科目行；" : "逐项填写；")
                    + "合计行自动计算。" + (t.emptyNote() != null ? "没有数据时保留合计行为 0。" : "")
                    : "按部门和所属预算单位逐行填写，合计行自动计算。";
        };
    }
}
