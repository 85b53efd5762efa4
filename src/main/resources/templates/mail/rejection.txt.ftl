您好：

<#if departmentName?has_content>${departmentName}<#if fiscalYear?has_content> ${fiscalYear}年</#if>提交的预算公开材料<#else>提交的预算公开材料</#if>“${fileName}”未通过校验：共 ${errors} 个错误<#if (warnings > 0)>、${warnings} 个警告</#if>。错误全部改正后才能公开。

文件：${fileName}（${bytes} 字节）
SHA-256：${sha256}
校验时间：${checkedAt}
<#if keptAt?has_content>原始文件已由财政局原样保存，未作任何修改（保存名：${keptAt}）
</#if>

问题清单：
<#list findings as f>
${f.number}. ${f.line}
</#list>
<#if (more > 0)>
另有${more}条，详见附件。
</#if>

如何重新提交：
${resubmit}

附件“${reportName}”是完整的校验报告，可以用浏览器打开，其中列出每个问题的位置、应填值、实填值和修改提示。

本邮件由预算公开校验服务自动发送，请勿直接回复。
