package org.gongkai.intake;

import java.util.List;
import java.util.Optional;
import org.gongkai.validation.Severity;

/**
 * The catalogue of rules that reading a file can break (before any validation rule runs).
 * Every finding the intake produces carries one of these ids; docs/rules.md lists them from {@link #all()}.
 */
public final class ReadRules {

    /** One read rule: stable id, severity, Chinese title, basis and description. */
    public record ReadRule(String id, Severity severity, String title, String basis, String description) {
    }

    public static final String FILE_TYPE = "file.type";
    public static final String FILE_SIZE = "file.size";
    public static final String FILE_EMPTY = "file.empty";
    public static final String FILE_ENCODING = "file.encoding";
    public static final String FILE_READ = "file.read";
    public static final String JSON_SYNTAX = "json.syntax";
    public static final String JSON_FIELD = "json.field";
    public static final String JSON_TYPE = "json.type";
    public static final String JSON_DUPLICATE_KEY = "json.duplicate-key";
    public static final String JSON_DEPTH = "json.depth";
    public static final String JSON_LIMIT = "json.limit";
    public static final String CHECK_INTERNAL = "internal.check-crashed";

    private static final String FORMAT = "docs/submission-format.md（提交格式第1版）";

    private static final List<ReadRule> ALL = List.of(
            new ReadRule(FILE_TYPE, Severity.ERROR, "文件类型不受支持",
                    FORMAT,
                    "只接受 JSON 提交文件（.json）和登记了读取器的其他格式（如 .xlsx 工作簿）；其他类型的文件（PDF、Word、旧版 .xls、压缩包等）不读取。"),
            new ReadRule(FILE_SIZE, Severity.ERROR, "文件过大",
                    "服务配置的单个文件大小上限（防止超大文件拖垮服务）",
                    "文件字节数超过配置的上限时不读取。一个部门的预算公开材料通常只有几十 KB。"),
            new ReadRule(FILE_EMPTY, Severity.ERROR, "文件为空",
                    FORMAT,
                    "文件没有内容（0 字节，或只有空白字符和字节顺序标记）。"),
            new ReadRule(FILE_ENCODING, Severity.ERROR, "文件编码无法识别",
                    "RFC 8259 第8.1节：JSON 文本须以 UTF-8 编码交换",
                    "文件须为 UTF-8 编码（可带 BOM）；带 BOM 或可识别的 UTF-16 也会正确读取。GBK/GB18030 编码的文件被拒收，须另存为 UTF-8；其他无法解码的字节同样被拒收。"),
            new ReadRule(FILE_READ, Severity.ERROR, "文件无法读取",
                    "—",
                    "读取文件时发生输入输出错误（文件在读取过程中被移走、权限不足等）。"),
            new ReadRule(JSON_SYNTAX, Severity.ERROR, "JSON 语法错误",
                    "RFC 8259（JSON 语法）",
                    "文件不是合法的 JSON：缺少逗号或括号、使用了中文（全角）标点、字段名或文本没有用英文双引号、含注释或多余内容等。报告给出出错的行号和列号。"),
            new ReadRule(JSON_FIELD, Severity.ERROR, "未知字段",
                    FORMAT,
                    "出现了格式第1版没有定义的字段（常见于拼写错误或大小写不符）。未知字段不会被静默忽略，以免填报的数据丢失。"),
            new ReadRule(JSON_TYPE, Severity.ERROR, "字段类型错误",
                    FORMAT + "；RFC 8259 第6节（数值不含 NaN、Infinity）",
                    "字段的值类型不对：金额须为 JSON 数字（不加引号、不含千分位逗号和单位，不能是 NaN 或 Infinity），编码和名称须为文本，年度和精度须为整数，对象和数组不能互换。"),
            new ReadRule(JSON_DUPLICATE_KEY, Severity.ERROR, "字段重复",
                    "RFC 8259 第4节：对象中的字段名应当唯一",
                    "同一个对象中同一字段名出现两次；哪一个值有效无法确定，因此拒收。"),
            new ReadRule(JSON_DEPTH, Severity.ERROR, "嵌套层数过深",
                    "服务的解析限制（防止恶意构造的文件耗尽资源）",
                    "JSON 对象和数组的嵌套层数超过上限。合法的提交文件嵌套不超过 8 层。"),
            new ReadRule(JSON_LIMIT, Severity.ERROR, "数值或文本超出解析限制",
                    "服务的解析限制（防止恶意构造的文件耗尽资源）",
                    "单个数字的位数、数值的量级、单个文本或字段名的长度超过解析上限。"),
            new ReadRule(CHECK_INTERNAL, Severity.ERROR, "校验程序内部错误",
                    "—",
                    "校验过程中程序发生了意外错误，无法确认材料是否合格；请联系财政局运维人员，不是提交单位的错误。"));

    private ReadRules() {
    }

    /** Every read rule, in catalogue order. */
    public static List<ReadRule> all() {
        return ALL;
    }

    public static Optional<ReadRule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
