package org.gongkai.narrative;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small built-in list of 2024 支出功能分类 names (财预〔2023〕83号): every 类 and the 款 seen in real Henan documents.
 * Only a fallback behind the classification catalogue ({@link ClassificationNames#standard()}) for the 款 the
 * catalogue does not list yet; delete it once the catalogue has them all. 项 names come from the submission's rows.
 */
public final class BuiltInClassificationNames implements ClassificationNames {

    public static final BuiltInClassificationNames INSTANCE = new BuiltInClassificationNames();

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        String[][] classes = {
            {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
            {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"},
            {"208", "社会保障和就业支出"}, {"209", "社会保险基金支出"}, {"210", "卫生健康支出"},
            {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"}, {"214", "交通运输支出"},
            {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
            {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
            {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"},
            {"227", "预备费"}, {"229", "其他支出"}, {"230", "转移性支出"}, {"231", "债务还本支出"},
            {"232", "债务付息支出"}, {"233", "债务发行费用支出"}, {"234", "抗疫特别国债安排的支出"},
        };
        String[][] kuan = {
            {"20101", "人大事务"}, {"20102", "政协事务"}, {"20103", "政府办公厅（室）及相关机构事务"},
            {"20104", "发展与改革事务"}, {"20105", "统计信息事务"}, {"20106", "财政事务"}, {"20107", "税收事务"},
            {"20108", "审计事务"}, {"20111", "纪检监察事务"}, {"20113", "商贸事务"}, {"20129", "群众团体事务"},
            {"20131", "党委办公厅（室）及相关机构事务"}, {"20132", "组织事务"}, {"20133", "宣传事务"},
            {"20134", "统战事务"}, {"20138", "市场监督管理事务"}, {"20199", "其他一般公共服务支出"},
            {"20406", "司法"}, {"20499", "其他公共安全支出"},
            {"20502", "普通教育"}, {"20599", "其他教育支出"},
            {"20601", "科学技术管理事务"}, {"20605", "科技条件与服务"}, {"20607", "科学技术普及"}, {"20699", "其他科学技术支出"},
            {"20701", "文化和旅游"}, {"20703", "体育"},
            {"20801", "人力资源和社会保障管理事务"}, {"20805", "行政事业单位养老支出"}, {"20807", "就业补助"},
            {"20808", "抚恤"}, {"20816", "红十字事业"}, {"20825", "其他生活救助"}, {"20899", "其他社会保障和就业支出"},
            {"21007", "计划生育事务"}, {"21011", "行政事业单位医疗"},
            {"21201", "城乡社区管理事务"}, {"21203", "城乡社区公共设施"}, {"21205", "城乡社区环境卫生"},
            {"21208", "国有土地使用权出让收入安排的支出"}, {"21299", "其他城乡社区支出"},
            {"21301", "农业农村"}, {"21303", "水利"},
            {"21508", "支持中小企业发展和管理支出"},
            {"21602", "商业流通事务"}, {"21699", "其他商业服务业等支出"},
            {"22102", "住房改革支出"}, {"22103", "城乡社区住宅"},
            {"22960", "彩票公益金安排的支出"},
        };
        for (String[] c : classes) {
            NAMES.put(c[0], c[1]);
        }
        for (String[] k : kuan) {
            NAMES.put(k[0], k[1]);
        }
    }

    private BuiltInClassificationNames() {
    }

    /** The codes this list names. */
    static Set<String> codes() {
        return Set.copyOf(NAMES.keySet());
    }

    @Override
    public Optional<String> functionName(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(NAMES.get(code.trim()));
    }
}
