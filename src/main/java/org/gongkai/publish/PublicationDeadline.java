package org.gongkai.publish;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal deadline of a department budget disclosure: 预算法 第十四条 requires departments to publish within
 * 20 days after the finance department approves their budget.
 */
public final class PublicationDeadline {

    /** Days between approval (批复) and the latest publication date. */
    public static final int DAYS_AFTER_APPROVAL = 20;

    private PublicationDeadline() {
    }

    public static LocalDate deadline(LocalDate approval) {
        return approval.plusDays(DAYS_AFTER_APPROVAL);
    }

    /** Days left until the deadline (0 on the day itself, negative once overdue). */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
