package org.gongkai.ops;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one department stands for one fiscal year, as the finance bureau sees it on the console.
 *
 * @param expected      listed in gongkai.deadline.expected-departments
 * @param state         the furthest the department got
 * @param daysLeft      days until the deadline (negative: days late) while not published; null without an approval date
 * @param publishedDaysLate for a published department: days after the deadline it went out (0 when on time)
 * @param rejections    how many submissions were rejected
 * @param lastFindings  the first findings of the last rejection (Chinese)
 * @param failure       why it is held for the bureau (publication or processing failure), Chinese
 * @param contact       contact name, e-mail and phone; null unless the viewer is authenticated
 */
public record DepartmentStatus(int year, String code, String name, boolean expected, State state, LocalDate approval,
                               LocalDate deadline, Long daysLeft, String publishedOn, Integer version, boolean correction,
                               Long publishedDaysLate, String stagedAt, int rejections, String lastRejectedAt,
                               long lastErrors, List<String> lastFindings, String failure, Contact contact) {

    /** The states, most urgent for the bureau first. */
    public enum State {
        FAILED("处理失败，待财政局处理"),
        REJECTED("已退回"),
        NOT_RECEIVED("未报送"),
        STAGED("已通过校验，待发布"),
        PUBLISHED("已公开");

        private final String chinese;

        State(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** A department's contact person as given in its last submission. */
    public record Contact(String name, String email, String phone) {
    }

    public DepartmentStatus {
        lastFindings = lastFindings == null ? List.of() : List.copyOf(lastFindings);
    }

    public String stateLabel() {
        return state.chinese();
    }

    /** 已逾期 N 天 / 今天到期 / 还剩 N 天 / 按期公开 / 逾期 N 天公开 / 无批复日期. */
    public String deadlineText() {
        if (state == State.PUBLISHED) {
            if (publishedDaysLate == null) {
                return "已公开";
            }
            return publishedDaysLate > 0 ? "逾期 " + publishedDaysLate + " 天公开" : "按期公开";
        }
        if (daysLeft == null) {
            return "无批复日期";
        }
        if (daysLeft < 0) {
            return "已逾期 " + (-daysLeft) + " 天";
        }
        return daysLeft == 0 ? "今天到期" : "还剩 " + daysLeft + " 天";
    }

    public boolean overdue() {
        return state != State.PUBLISHED && daysLeft != null && daysLeft < 0;
    }

}
