package org.gongkai.mail;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.intake.SubmissionSummary;
import org.gongkai.support.EmailAddresses;

/**
 * The mails about a file that ended in failed/ (an internal error, a rendering over its budget): the operators get
 * what happened and where the original is (relative to the data folder); the submitter, when the file named a
 * well-formed address, learns in plain Chinese that the submission was received and is held for the finance bureau,
 * with no internals (no paths, no error text). And the operators' alert when the disk is full.
 */
public final class IntakeFailureMails {

    private final String from;
    private final String fromName;
    private final List<String> operators;

    public IntakeFailureMails(String from, String fromName, List<String> operators) {
        this.from = from;
        this.fromName = fromName;
        this.operators = List.copyOf(operators);
    }

    /** To the operators: which file, which department, where it is kept, what went wrong, what to do. */
    public Mail operatorsAlert(String fileName, SubmissionSummary who, String keptAt, String errorSummary) {
        StringBuilder body = new StringBuilder();
        body.append("您好：\n\n收件箱中的文件“").append(fileName).append("”处理时发生内部错误，未能完成校验或生成公开文件。")
                .append("原始文件已原样保存，没有丢失。\n\n");
        body.append("文件：").append(fileName).append('\n');
        if (who != null && who.departmentName() != null) {
            body.append("部门：").append(who.departmentName());
            if (who.departmentCode() != null) {
                body.append("（").append(who.departmentCode()).append("）");
            }
            if (who.fiscalYear() != null) {
                body.append(' ').append(who.fiscalYear()).append("年");
            }
            body.append('\n');
        }
        if (who != null && who.contactEmail() != null) {
            body.append("提交人：").append(who.contactName() == null ? "" : who.contactName() + " ").append(who.contactEmail())
                    .append("（已通知其材料由财政局处理）\n");
        }
        body.append("原始文件保存在数据目录下：").append(keptAt).append('\n');
        body.append("错误：").append(errorSummary).append('\n');
        body.append("详细信息（含程序堆栈）：").append(keptAt).append(".error.txt\n\n");
        body.append("处理办法：排除原因后，把原始文件从 failed/ 移回 inbox/ 即可重新处理（保存名前的时间戳可以去掉）。\n\n");
        body.append("本邮件由预算公开服务自动发送，请勿直接回复。\n");
        return new Mail(from, fromName, operators, "【预算公开服务】文件处理失败：" + fileName, body.toString(), null, List.of());
    }

    /** To the submitter (when known): the submission is received and held for the finance bureau; null when unknown. */
    public Mail submitterNotice(String fileName, SubmissionSummary who) {
        if (who == null || who.contactEmail() == null || !EmailAddresses.isWellFormed(who.contactEmail().strip())) {
            return null;
        }
        String what = who.departmentName() == null ? "提交的预算公开材料"
                : who.departmentName() + (who.fiscalYear() == null ? "" : " " + who.fiscalYear() + "年") + "部门预算公开材料";
        StringBuilder body = new StringBuilder();
        body.append("您好：\n\n").append(what).append("“").append(fileName).append("”已经收到，原文件已妥善保存。\n\n")
                .append("系统在生成公开文件时遇到了需要财政局处理的情况，您的材料已转交财政局（预算公开工作人员）处理，")
                .append("您暂时不需要重新提交。财政局处理完毕后材料会继续公开流程；如需您补充或修改，财政局会与您联系。\n\n")
                .append("本邮件由预算公开服务自动发送，请勿直接回复。\n");
        List<String> to = new ArrayList<>();
        to.add(who.contactEmail().strip());
        return new Mail(from, fromName, to, "【预算公开】" + what + "已收到，由财政局处理中", body.toString(), null, List.of());
    }

    /** To the operators, once per episode: the disk is full and the intake waits. */
    public Mail diskFull(String dataDir, long usableBytes, long reserveBytes, String detail) {
        String body = "您好：\n\n预算公开服务的数据目录所在磁盘空间不足，收件处理已暂停。收件箱中的文件原样等待，没有丢失，也没有写入半个文件。\n\n"
                + "数据目录：" + dataDir + "\n"
                + "可用空间：" + usableBytes / (1024 * 1024) + " MB；保留空间：" + reserveBytes / (1024 * 1024) + " MB\n"
                + "详情：" + detail + "\n\n"
                + "处理办法：释放磁盘空间（或扩容）。空间恢复后服务会自动继续处理，无需重启。\n\n"
                + "本邮件由预算公开服务自动发送，请勿直接回复。\n";
        return new Mail(from, fromName, operators, "【预算公开服务】磁盘空间不足，收件已暂停", body, null, List.of());
    }
}
