package org.gongkai.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.gongkai.support.Templates;
import org.quartz.CronExpression;

/**
 * The status console for the finance bureau: one page and the same content as JSON — the departments of a year with
 * their state and deadline (see {@link StatusBoard}), the last and the next publication pass, the mails waiting and
 * failed, the last check of the publication target, and the actions (re-drive failed mails, publish now, check the
 * publication target).
 */
public final class Console {

    public static final String TEMPLATE = "ops/console.html.ftlh";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StatusBoard board;
    private final MailQueues mail;
    private final TargetProbe probe;
    private final java.nio.file.Path stateDir;
    private final String cron;
    private final Clock clock;
    private final String target;

    /**
     * @param cron   the nightly pass's Quartz cron (gongkai.publish.cron), evaluated in the clock's zone
     * @param target where disclosures are published, without secrets
     */
    public Console(StatusBoard board, MailQueues mail, TargetProbe probe, java.nio.file.Path stateDir, String cron,
                   Clock clock, String target) {
        this.board = board;
        this.mail = mail;
        this.probe = probe;
        this.stateDir = stateDir;
        this.cron = cron;
        this.clock = clock;
        this.target = target;
    }

    /** Everything the page shows, as plain maps and lists (the JSON and the template model). */
    public Map<String, Object> view(Integer year) {
        StatusBoard.Board b = board.board(year);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", b.year());
        m.put("today", b.today().toString());
        m.put("years", b.years());
        m.put("counts", b.counts());
        List<Map<String, Object>> depts = new ArrayList<>();
        for (DepartmentStatus d : b.departments()) {
            depts.add(department(d));
        }
        m.put("departments", depts);
        m.put("problems", b.problems());
        Map<String, Object> pub = new LinkedHashMap<>();
        pub.put("target", target);
        Optional<PassRecord> last = PassRecord.load(stateDir);
        pub.put("lastPass", last.map(Console::pass).orElse(null));
        pub.put("nextPass", nextPass().orElse(null));
        Optional<TargetProbe.Result> p = probe.last();
        pub.put("targetCheck", p.map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("checkedAt", SHOWN.format(r.at().atZone(clock.getZone())));
            x.put("reachable", r.reachable());
            x.put("detail", r.detail() == null ? "" : r.detail());
            return x;
        }).orElse(null));
        m.put("publication", pub);
        Map<String, Object> mails = new LinkedHashMap<>();
        mails.put("waiting", mail.waiting());
        mails.put("failed", mail.failedCount());
        m.put("mail", mails);
        return m;
    }

    public byte[] json(Integer year) {
        try {
            return JSON.writeValueAsBytes(view(year));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page; {@code csrf} goes into every action form, {@code notice} is a line shown on top (may be empty). */
    public byte[] html(Integer year, String csrf, String notice) {
        Map<String, Object> m = new LinkedHashMap<>(view(year));
        m.put("csrf", csrf);
        m.put("notice", notice == null ? "" : notice);
        return Templates.render(TEMPLATE, m).getBytes(StandardCharsets.UTF_8);
    }

    /** When the nightly pass runs next, in the publication time zone. */
    public Optional<String> nextPass() {
        try {
            CronExpression c = new CronExpression(cron);
            c.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
            Date next = c.getNextValidTimeAfter(Date.from(clock.instant()));
            return next == null ? Optional.empty()
                    : Optional.of(SHOWN.format(ZonedDateTime.ofInstant(next.toInstant(), clock.getZone())));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> pass(PassRecord p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("outcome", p.outcome());
        x.put("outcomeLabel", switch (p.outcome()) {
            case "ok" -> "成功";
            case "failed" -> "部分失败";
            default -> "中断";
        });
        x.put("startedAt", p.startedAt());
        x.put("finishedAt", p.finishedAt());
        x.put("published", p.published());
        x.put("failed", p.failedCount());
        x.put("message", p.message() == null ? "" : p.message());
        return x;
    }

    private static Map<String, Object> department(DepartmentStatus d) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("year", d.year());
        x.put("code", d.code());
        x.put("name", d.name());
        x.put("expected", d.expected());
        x.put("state", d.state().name());
        x.put("stateLabel", d.stateLabel());
        x.put("approval", d.approval() == null ? null : d.approval().toString());
        x.put("deadline", d.deadline() == null ? null : d.deadline().toString());
        x.put("daysLeft", d.daysLeft());
        x.put("overdue", d.overdue());
        x.put("deadlineText", d.deadlineText());
        x.put("publishedOn", d.publishedOn());
        x.put("version", d.version());
        x.put("correction", d.correction());
        x.put("publishedDaysLate", d.publishedDaysLate());
        x.put("stagedAt", d.stagedAt());
        x.put("rejections", d.rejections());
        x.put("lastRejectedAt", d.lastRejectedAt());
        x.put("lastErrors", d.lastErrors());
        x.put("lastFindings", d.lastFindings());
        x.put("failure", d.failure());
        Map<String, Object> c = null;
        if (d.contact() != null) {
            c = new LinkedHashMap<>();
            c.put("name", d.contact().name());
            c.put("email", d.contact().email());
            c.put("phone", d.contact().phone());
        }
        x.put("contact", c);
        return x;
    }
}
