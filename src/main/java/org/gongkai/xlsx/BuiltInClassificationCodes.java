package org.gongkai.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A small built-in list of 2024 classification codes (shared/reference/budget-rules.md §3: every 功能分类 类,
 * the 款/项 seen in real documents, and the common 经济分类 codes). Enough for the template's drop-downs until
 * the full catalogue backs {@link ClassificationCodes}; clerks may still type any other code.
 */
public final class BuiltInClassificationCodes implements ClassificationCodes {

    private static final List<Code> FUNCTION = parse("""
            201 一般公共服务支出
            20103 政府办公厅（室）及相关机构事务
            2010301 行政运行
            2010302 一般行政管理事务
            2010350 事业运行
            2010399 其他政府办公厅（室）及相关机构事务支出
            20113 商贸事务
            2011301 行政运行
            2011302 一般行政管理事务
            2011350 事业运行
            2011399 其他商贸事务支出
            202 外交支出
            203 国防支出
            204 公共安全支出
            205 教育支出
            206 科学技术支出
            207 文化旅游体育与传媒支出
            208 社会保障和就业支出
            20805 行政事业单位养老支出
            2080501 行政单位离退休
            2080502 事业单位离退休
            2080505 机关事业单位基本养老保险缴费支出
            2080506 机关事业单位职业年金缴费支出
            2080599 其他行政事业单位养老支出
            20808 抚恤
            2080801 死亡抚恤
            209 社会保险基金支出
            210 卫生健康支出
            21011 行政事业单位医疗
            2101101 行政单位医疗
            2101102 事业单位医疗
            2101103 公务员医疗补助
            211 节能环保支出
            212 城乡社区支出
            213 农林水支出
            214 交通运输支出
            215 资源勘探工业信息等支出
            216 商业服务业等支出
            21699 其他商业服务业等支出
            2169999 其他商业服务业等支出
            217 金融支出
            219 援助其他地区支出
            220 自然资源海洋气象等支出
            221 住房保障支出
            22102 住房改革支出
            2210201 住房公积金
            2210202 提租补贴
            2210203 购房补贴
            222 粮油物资储备支出
            223 国有资本经营预算支出
            224 灾害防治及应急管理支出
            227 预备费
            229 其他支出
            230 转移性支出
            231 债务还本支出
            232 债务付息支出
            233 债务发行费用支出
            234 抗疫特别国债安排的支出
            """);

    private static final List<Code> ECONOMIC = parse("""
            301 工资福利支出
            30101 基本工资
            30102 津贴补贴
            30103 奖金
            30106 伙食补助费
            30107 绩效工资
            30108 机关事业单位基本养老保险缴费
            30109 职业年金缴费
            30110 职工基本医疗保险缴费
            30111 公务员医疗补助缴费
            30112 其他社会保障缴费
            30113 住房公积金
            30114 医疗费
            30199 其他工资福利支出
            302 商品和服务支出
            30201 办公费
            30202 印刷费
            30203 咨询费
            30204 手续费
            30205 水费
            30206 电费
            30207 邮电费
            30208 取暖费
            30209 物业管理费
            30211 差旅费
            30212 因公出国（境）费用
            30213 维修（护）费
            30214 租赁费
            30215 会议费
            30216 培训费
            30217 公务接待费
            30218 专用材料费
            30226 劳务费
            30227 委托业务费
            30228 工会经费
            30229 福利费
            30231 公务用车运行维护费
            30239 其他交通费用
            30240 税金及附加费用
            30299 其他商品和服务支出
            303 对个人和家庭的补助
            30301 离休费
            30302 退休费
            30303 退职（役）费
            30304 抚恤金
            30305 生活补助
            30307 医疗费补助
            30309 奖励金
            30399 其他对个人和家庭的补助
            310 资本性支出
            31002 办公设备购置
            31003 专用设备购置
            31007 信息网络及软件购置更新
            31013 公务用车购置
            31099 其他资本性支出
            """);

    private static final List<Code> GOVERNMENT_ECONOMIC = parse("""
            501 机关工资福利支出
            50101 工资奖金津补贴
            50102 社会保障缴费
            50103 住房公积金
            50199 其他工资福利支出
            502 机关商品和服务支出
            50201 办公经费
            50202 会议费
            50203 培训费
            50204 专用材料购置费
            50205 委托业务费
            50206 公务接待费
            50207 因公出国（境）费用
            50208 公务用车运行维护费
            50209 维修（护）费
            50299 其他商品和服务支出
            503 机关资本性支出（一）
            50301 房屋建筑物购建
            50303 公务用车购置
            50306 设备购置
            50399 其他资本性支出
            505 对事业单位经常性补助
            50501 工资福利支出
            50502 商品和服务支出
            50599 其他对事业单位补助
            509 对个人和家庭的补助
            50901 社会福利和救助
            50902 助学金
            50905 离退休费
            50999 其他对个人和家庭的补助
            """);

    @Override
    public List<Code> functionCodes(int year) {
        return FUNCTION;
    }

    @Override
    public List<Code> economicCodes(int year) {
        return ECONOMIC;
    }

    @Override
    public List<Code> governmentEconomicCodes(int year) {
        return GOVERNMENT_ECONOMIC;
    }

    private static List<Code> parse(String lines) {
        List<Code> l = new ArrayList<>();
        for (String line : lines.strip().split("\n")) {
            String t = line.strip();
            int sp = t.indexOf(' ');
            l.add(new Code(t.substring(0, sp), t.substring(sp + 1)));
        }
        return List.copyOf(l);
    }
}
