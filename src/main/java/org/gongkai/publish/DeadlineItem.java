package org.gongkai.publish;

import java.time.LocalDate;

/**
 * A department whose disclosure is not public yet and whose deadline has passed or falls within the warning window.
 *
 * @param state 待发布 (staged, not yet out), 未报送 (expected, nothing received), 待生成 (staged, not rendered yet)
 */
public record DeadlineItem(int year, String code, String name, LocalDate approval, LocalDate deadline, long daysLeft,
                           String state) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    /** 已逾期 N 天 / 今天到期 / 还剩 N 天. */
    public String describe() {
        if (daysLeft < 0) {
            return "已逾期 " + (-daysLeft) + " 天";
        }
        return daysLeft == 0 ? "今天到期" : "还剩 " + daysLeft + " 天";
    }
}
