<#-- A layout that exists only in the tests: a new profile file plus this template, no Java. -->
<#assign c = f.cmp("income")>
@part summary|一|${f.department()}${f.year()?c}年预算摘要
# 收入
本年收入${f.money("income.total")}${f.unit()}<#if c.known()>，上年${c.prior()}${f.unit()}，${c.direction()}${c.difference()}${f.unit()}<#if (c.rate())??>（${c.rate()}%）</#if></#if>。
<#list f.items("general_budget_expenditure", "items") as it>
${it.code()} ${it.xiangName()}：${it.amount()}${f.unit()}<#if it.cmp().isNew()>（新增）</#if>
</#list>
