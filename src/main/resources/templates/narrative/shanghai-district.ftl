<#-- Narrative of the shanghai-district profile (上海市区级部门预算, 9 tables). Plain text, one block per line:
     "@part id|label|title" starts a part, "# " a section, "## " a sub-heading, other lines are paragraphs.
     Every sentence of the 普陀区商务委员会 2025 document is written here; f (ProfileNarrative.Facts) only supplies
     figures already written in the profile's text format (万元, two decimals, thousands separators, zero as "0"). -->
<#assign y = f.year()?c>
<#assign py = f.priorYear()?c>
<#assign dept = f.department()>
<#assign om = s.otherMatters()>
<#-- "比2024年预算执行数增加24,558.18万元" / "比2024年预算执行数持平" -->
<#function than c><#if !c.known()><#return ""></#if><#if c.flat()><#return "比" + py + "年" + c.base() + "持平"></#if><#return "比" + py + "年" + c.base() + c.direction() + c.difference() + "万元"></#function>
<#-- "与2024年预算持平，主要原因是…" (三公) -->
<#function withReason c><#if !c.known()><#return ""></#if><#local r = c.reason()!""><#if c.flat()><#local t = "与" + py + "年" + c.base() + "持平"><#else><#local t = "比" + py + "年" + c.base() + c.direction() + c.difference() + "万元"></#if><#return t + (r?has_content)?then("，主要原因是" + r, "")></#function>
@part overview||${dept}概况
# 一、部门主要职能
<#list s.department().duties() as d>
${d}
</#list>
# 二、部门机构设置
<#assign units = s.department().units()>
<#assign others = units?filter(u -> !u.headquarters())>
${dept}部门预算是包括本部<#if others?has_content>以及下属${others?size}家预算单位</#if>的综合收支计划。
<#assign admin = units?filter(u -> (u.kind()!"") == "行政单位")?size>
<#assign inst = units?filter(u -> (u.kind()!"")?starts_with("事业"))?size>
本部门中，行政单位${admin}家，事业单位${inst}家，具体包括：
<#list units as u>
${u?counter}. ${u.name()}<#if u.headquarters() && s.department().divisions()?has_content>，设${s.department().divisions()?size}个内设机构，包括：${s.department().divisions()?join("、")}</#if>。
</#list>
# 三、名词解释
<#list f.glossary() as g>
（${f.numeral(g?counter)}）${g.term()}：${g.text()}
</#list>
@part budget||四、${y}年部门预算编制说明
<#assign ci = f.cmp("income.fiscal")>
${y}年，${dept}收入预算${f.money("income.total")}万元，其中：财政拨款收入${f.money("income.fiscal")}万元<#if ci.known()>，${than(ci)}</#if>；事业收入${f.money("income.business")}万元；事业单位经营收入${f.money("income.operating")}万元；其他收入${f.money("income.other")}万元。
<#assign ce = f.cmp("expenditure.fiscal")>
<#assign cg = f.cmp("expenditure.general_budget")>
<#assign cf = f.cmp("expenditure.gov_fund")>
<#assign cs = f.cmp("expenditure.state_capital")>
支出预算${f.money("expenditure.total")}万元，其中：财政拨款支出预算${f.money("expenditure.fiscal")}万元<#if ce.known()>，${than(ce)}</#if>。财政拨款支出预算中，一般公共预算拨款支出预算${f.money("expenditure.general_budget")}万元<#if cg.known()>，${than(cg)}</#if>；政府性基金拨款支出预算${f.money("expenditure.gov_fund")}万元<#if cf.known()>，${than(cf)}</#if>；国有资本经营预算拨款支出预算${f.money("expenditure.state_capital")}万元<#if cs.known()>，${than(cs)}</#if>。
<#if ce.known() && !ce.flat() && (ce.reason()!"")?has_content>
财政拨款收入支出${ce.direction()}的主要原因是：${ce.reason()}。
</#if>
财政拨款支出主要内容如下：
<#list f.items() as it>
${it?counter}. “${it.label()}”${it.amount()}万元<#if it.purpose()??>，主要用于${it.purpose()}</#if>。
</#list>
@part other||六、其他相关情况说明
# 一、${y}年“三公”经费预算情况说明
<#assign tt = f.cmp("threePublic.total")>
${y}年“三公”经费预算数为${tt.current()}万元<#if tt.known()>，${withReason(tt)}</#if>。其中：
<#assign co = f.cmp("threePublic.outbound")>
<#assign cv = f.cmp("threePublic.vehicle")>
<#assign cvp = f.cmp("threePublic.vehicle_purchase")>
<#assign cvo = f.cmp("threePublic.vehicle_operation")>
<#assign cr = f.cmp("threePublic.reception")>
（一）因公出国（境）费${co.current()}万元<#if co.known()>，${withReason(co)}</#if>。
（二）公务用车购置及运行费${cv.current()}万元<#if cv.known()>，${withReason(cv)}</#if>。其中：公务用车购置费${cvp.current()}万元<#if cvp.known()>，${withReason(cvp)}</#if>；公务用车运行费${cvo.current()}万元<#if cvo.known()>，${withReason(cvo)}</#if>。
（三）公务接待费${cr.current()}万元<#if cr.known()>，${withReason(cr)}</#if>。
# 二、机关运行经费预算
${y}年${dept}财政拨款的机关运行经费预算为${f.money("operatingCosts")}万元。
# 三、政府采购预算情况
<#if om.procurement()??>
<#assign pr = om.procurement()>
${y}年度本部门政府采购预算${f.amount(pr.total())}万元，其中：政府采购货物预算${f.amount(pr.goods())}万元、政府采购工程预算${f.amount(pr.works())}万元、政府采购服务预算${f.amount(pr.services())}万元<#if pr.smeReserved()??>；面向中小企业预留${f.amount(pr.smeReserved())}万元<#if pr.smallMicroReserved()??>，其中预留给小型和微型企业${f.amount(pr.smallMicroReserved())}万元</#if></#if>。
<#else>
${y}年度本部门无政府采购预算。
</#if>
# 四、绩效目标设置情况
<#if om.performanceCoverage()??>
<#assign pc = om.performanceCoverage()>
${y}年度，本部门<#if pc.units()??>${pc.units()}个预算单位</#if>编报绩效目标的项目共${f.n(pc.projects())}个，涉及项目预算资金${f.amount(pc.amount())}万元。
</#if>
# 五、国有资产占有使用情况
<#if om.assets()??>
<#assign ast = om.assets()>
<#assign held = f.vehicles(ast.vehicleCategories())>
截至${ast.asOf()!""}，${dept}共有车辆${f.total(held)}辆，其中：<#list held as v>${v.label()}${v.count()}辆<#sep>、</#list>；单价100万元（含）以上设备（不含车辆）${f.n(ast.equipmentOver1m())}台（套）。
</#if>
<#if om.plannedPurchases()??>
<#assign pp = om.plannedPurchases()>
<#assign buy = f.vehicles(pp.vehicleCategories())>
${y}年部门预算安排购置车辆${f.total(buy)}辆，其中：<#list buy as v>${v.label()}${v.count()}辆<#sep>、</#list>；部门预算安排购置单价100万元（含）以上设备（不含车辆）${f.n(pp.equipmentOver1m())}台（套）。
</#if>
@part projects||七、项目经费情况说明
<#list om.projectStatements() as p>
# ${p.name()}经费情况说明
## 一、项目概述
${p.overview()!""}
## 二、立项依据
<#list p.basis() as b>
${b}
</#list>
## 三、实施主体
${p.implementer()!""}
## 四、实施方案
${p.plan()!""}
## 五、实施周期
${p.period()!""}
## 六、年度预算安排
${p.budget()!""}
## 七、绩效目标
${p.target()!""}
</#list>
