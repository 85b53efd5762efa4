package org.gongkai.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese explanations of Jackson's JSON syntax errors, written for someone who edits a file by hand. */
final class JsonSyntaxMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code (\\d+)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");
    private static final String FULL_WIDTH = "，：“”‘’｛｝［］　；。、";

    private JsonSyntaxMessages() {
    }

    /** Explanation of the error in Chinese, from Jackson's original (English) message. */
    static String explain(String original) {
        String m = original == null ? "" : original;
        String ch = unexpectedChar(m);
        String chShown = ch == null ? null : "“" + JsonProblems.abbreviate(ch) + "”";
        String text;
        if (m.contains("end-of-input")) {
            text = "文件在此处意外结束：缺少右花括号“}”、右方括号“]”或文本的结束引号";
        } else if (m.contains("was expecting comma to separate Object entries")) {
            text = "此处应为逗号“,”（分隔两个字段）或右花括号“}”，实为" + chShown;
        } else if (m.contains("was expecting comma to separate Array entries")) {
            text = "此处应为逗号“,”（分隔两个元素）或右方括号“]”，实为" + chShown;
        } else if (m.contains("was expecting double-quote to start field name")) {
            text = "此处应为用英文双引号括起的字段名，实为" + chShown
                    + ("}".equals(ch) ? "（最后一个字段后面不能再有逗号）" : "");
        } else if (m.contains("was expecting a colon to separate field")) {
            text = "字段名后面应为英文冒号“:”，实为" + chShown;
        } else if (m.contains("Unrecognized token")) {
            Matcher u = UNRECOGNIZED.matcher(m);
            String tok = u.find() ? u.group(1) : "";
            text = "无法识别的内容“" + JsonProblems.abbreviate(tok) + "”：文本须用英文双引号括起，数字不能带单位或千分位逗号";
        } else if (m.contains("expected a value") || m.contains("expected a valid value")) {
            text = "此处应为一个值（数字、带引号的文本、对象或数组），实为" + chShown;
        } else if (m.contains("Illegal unquoted character")) {
            text = "文本中含有未转义的控制字符（如换行符或制表符）：换行须写作 \\n";
        } else if (m.contains("Unexpected close marker")) {
            text = "多余或不配对的右括号" + (chShown == null ? "" : chShown);
        } else if (m.contains("Trailing token") || m.contains("after value")) {
            text = "JSON 已经结束，后面还有多余的内容";
        } else if (m.contains("Leading zeroes") || m.contains("Invalid numeric value")
                || m.contains("Unexpected character ('+'") || m.contains("Decimal point not followed")) {
            text = "数字的写法不合法（不能有前导零、正号或以小数点结尾）";
        } else if (m.contains("Unrecognized character escape")) {
            text = "文本中的反斜杠“\\”须写作“\\\\”";
        } else if (ch != null) {
            text = "此处出现了不应有的字符" + chShown;
        } else {
            text = "不是合法的 JSON";
        }
        if (ch != null && FULL_WIDTH.contains(ch)) {
            text += "。" + chShown + "是中文全角标点，JSON 的括号、引号、逗号和冒号须使用英文半角符号";
        }
        return text + "。";
    }

    static boolean isNonNumber(String original) {
        return original != null && original.contains("Non-standard token")
                && (original.contains("NaN") || original.contains("Infinity") || original.contains("INF"));
    }

    private static String unexpectedChar(String m) {
        Matcher u = UNEXPECTED_CHAR.matcher(m);
        if (u.find()) {
            try {
                return new String(Character.toChars(Integer.parseInt(u.group(2))));
            } catch (IllegalArgumentException e) {
                return u.group(1);
            }
        }
        return null;
    }
}
