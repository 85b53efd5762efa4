package org.gongkai.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Submission;

/**
 * Typing slips in what people write (the only text gongkai does not generate). Both rules are warnings: Chinese doubles
 * characters legitimately and cites old years legitimately, so a finding asks for a look and never blocks.
 *
 * <p>Doubled characters: a conservative list. Flagging every doubled ideograph would flag 常常, 人人, 年年, 谢谢, 看看, 渐渐 and
 * every word boundary that happens to repeat a character (工作作风, 针对对象, 为了了解). Only function characters that Chinese
 * practically never doubles are flagged (的的, 和和, 与与, 及及, 在在, 于于, 并并, 或或, 把把, 被被, 其其, 之之, 而而, 按按, 由由,
 * 向向, 将将), with the known legitimate exceptions (目的的, 标的的, 的的确确), plus 一一 directly before a character that makes a
 * word with a single 一 (一一般, 一一些, 一一切, 一一定, 一一致) — 逐一 style 一一对应 / 一一列出 stays silent. Digits are never
 * flagged (2000, 11月).
 *
 * <p>Stray years: only in the explanations that compare with the prior year (reasons, table notes, purposes), where a year
 * other than the budget year or the year before is most often a paragraph copied from an old disclosure. Years in a
 * document title (inside 《》) and version years of laws (2014年修正, 2018年修订, 2020年版) are legitimate and skipped.
 */
final class FreeTextCheck implements Check {

    static final Pattern DOUBLED = Pattern.compile(
            "(?<![目标])的的(?!确)|([和与及在于并或把被其之而按由向将])\\1|一一(?=[般些切定致律样体直])");

    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})(?=\\s*年)(?!\\s*年\\s*(修正|修订|修改|版|第))");

    @Override
    public void run(ValidationContext ctx) {
        Submission s = ctx.submission();
        TextFields.walk(s.explanations(), t -> DOUBLED.matcher(t).find(), (path, text) -> doubled(ctx, "explanations." + path, text));
        TextFields.walk(s.department() == null ? null : s.department().duties(), t -> DOUBLED.matcher(t).find(),
                (path, text) -> doubled(ctx, "department.duties" + path, text));
        TextFields.walk(s.performance(), t -> DOUBLED.matcher(t).find(), (path, text) -> doubled(ctx, "performance." + path, text));
        TextFields.walk(s.otherMatters(), t -> DOUBLED.matcher(t).find(), (path, text) -> doubled(ctx, "otherMatters." + path, text));
        int year = ctx.year();
        if (year <= 0) {
            return;
        }
        var e = s.explanations();
        TextFields.walk(e, t -> YEAR.matcher(t).find(), (path, text) -> {
            if (!path.startsWith("glossary")) {
                strayYear(ctx, year, "explanations." + path, text);
            }
        });
    }

    private static void doubled(ValidationContext ctx, String path, String text) {
        Matcher m = DOUBLED.matcher(text);
        if (m.find()) {
            String hit = text.substring(m.start(), Math.min(text.length(), m.end() + 1));
            ctx.report(Rules.REPEATED_CHAR, "文字中疑似多打了一个字（“" + hit + "”）：" + excerpt(text, m.start()), Location.field(path),
                    "去掉重复的字", text, "核对这段文字；如果是有意的叠词，可以不改（不阻止公开）。");
        }
    }

    private static void strayYear(ValidationContext ctx, int year, String path, String text) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y == year || y == year - 1 || insideBookTitle(text, m.start())) {
                continue;
            }
            ctx.report(Rules.STRAY_YEAR, "说明中出现了" + y + "年（预算年度为" + year + "年，比较的是" + (year - 1) + "年）：" + excerpt(text, m.start()),
                    Location.field(path), year + "年或" + (year - 1) + "年", y + "年",
                    "核对年份：是否沿用了往年的说明？引用的文件名请放在书名号《》内。");
            return;
        }
    }

    /** Whether the position is inside 《…》 (an opening mark before it not yet closed). */
    private static boolean insideBookTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open;
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 14);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
