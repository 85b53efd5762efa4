<#-- Narrative of the henan-14 profile (河南省市级部门预算, 14 tables). Plain text, one block per line:
     "@part id|label|title" starts a part, "# " a section, "## " a sub-heading, other lines are paragraphs.
     Every sentence of the 平顶山市人民政府经济技术协作办公室 2024 document is written here; f (ProfileNarrative.Facts)
     only supplies figures already written in the profile's text format (the submission's unit, 万元 with one decimal or
     元 with two, trailing zeros dropped, zero as "0"), comparisons, items and shares. -->
<#assign y = f.year()?c>
<#assign py = f.priorYear()?c>
<#assign dept = f.department()>
<#assign u = f.unit()>
<#assign om = s.otherMatters()>
<#-- "26.8万元" -->
<#function m figure><#return f.money(figure) + u></#function>
<#-- "，占65%" (nothing when the whole is zero) -->
<#function share part whole><#local x = (f.share(part, whole))!""><#if x?has_content><#return "，占" + x + "%"></#if><#return ""></#function>
<#-- "增加26.8万元，增长28.4%" / "减少2.3万元，下降29.1%" / "增加5万元（上年预算数为0，不计算增长率）" / "持平" -->
<#function clause c><#if c.flat()><#return "持平"></#if><#if c.isNew() || !(c.rate())??><#return "增加" + c.difference() + u + "（上年预算数为0，不计算增长率）"></#if><#return c.direction() + c.difference() + u + "，" + (c.direction() == "增加")?then("增长", "下降") + c.rate() + "%"></#function>
<#-- section 一: "持平，无增减变动" / "增加…。主要原因：…" -->
<#function totalCmp c><#if c.flat()><#return "持平，无增减变动"></#if><#if (c.reason())??><#return clause(c) + "。主要原因：" + c.reason()></#if><#return clause(c)></#function>
<#-- 三公 parts: "预算数与2023年持平，无增减变动" / "预算数比2023年增加…，主要原因：…"; empty when unknown -->
<#function part c><#if !c.known()><#return ""></#if><#if c.flat()><#return "预算数与" + py + "年持平，无增减变动"></#if><#if (c.reason())??><#return "预算数比" + py + "年" + clause(c) + "，主要原因：" + c.reason()></#if><#return "预算数比" + py + "年" + clause(c)></#function>
<#function basicProject prefix><#return "基本支出" + m(prefix + ".basic") + share(prefix + ".basic", prefix + ".total") + "；项目支出" + m(prefix + ".project") + share(prefix + ".project", prefix + ".total")></#function>
<#function endSentence t><#if t?ends_with("。") || t?ends_with("！") || t?ends_with("？")><#return t></#if><#return t + "。"></#function>
@part part1|第一部分|${dept}概况
# 一、${dept}主要职责
<#assign duties = (s.department().duties())![]>
<#if duties?has_content>
<#list duties as d>
${d}
</#list>
<#else>
（未填写主要职责。）
</#if>
# 二、${dept}所属预算单位构成情况
<#assign subordinate = ((s.department().units())![])?filter(x -> !x.headquarters())>
<#if subordinate?has_content>
${dept}本部门预算包括本级预算和所属单位预算。纳入${y}年部门预算编制范围的所属预算单位共${subordinate?size}个，包括：${subordinate?map(x -> x.name()!"")?join("、")}。
<#else>
${dept}本部门预算仅包含本级预算，无所属单位预算。
</#if>
<#assign divisions = (s.department().divisions())![]>
<#if divisions?has_content>
机关本级预算包括：${divisions?join("、")}${divisions?size}个科室的预算。
</#if>
@part part2|第二部分|${dept}${y}年部门预算情况说明
# 一、收入支出预算总体情况说明
<#assign ci = f.cmp("income")>
<#assign ce = f.cmp("expenditure")>
<#assign one = []>
<#if ci.known()><#assign one = one + ["收入" + totalCmp(ci)]></#if>
<#if ce.known()><#assign one = one + ["支出" + totalCmp(ce)]></#if>
${dept}${y}年收入总计${m("income.total")}，支出总计${m("expenditure.total")}<#if one?has_content>，与${py}年预算相比，${one?join("；")}</#if>。
# 二、收入预算总体情况说明
${dept}${y}年收入合计${m("income.total")}，其中：一般公共预算${m("income.general_budget")}；政府性基金预算拨款收入${m("income.gov_fund")}；国有资本经营预算拨款收入${m("income.state_capital")}；财政专户管理资金收入${m("income.special_account")}；事业收入${m("income.business")}；事业单位经营收入${m("income.operating")}；上级补助收入${m("income.superior_subsidy")}；附属单位上缴收入${m("income.subsidiary_remit")}；其他收入${m("income.other")}；上年结转结余${m("income.carryover")}。
# 三、支出预算总体情况说明
${dept}${y}年支出合计${m("expenditureSummary.total")}，其中：${basicProject("expenditureSummary")}。
# 四、财政拨款收入支出总体情况说明
<#assign fg = f.cmp("fiscal.general_budget")>
<#assign ff = f.cmp("fiscal.gov_fund")>
<#assign fs = f.cmp("fiscal.state_capital")>
<#assign four = []>
<#if fg.known()><#assign four = four + ["一般公共预算收支预算" + clause(fg)]></#if>
<#if ff.moved()><#assign four = four + ["政府性基金收支预算" + clause(ff)]></#if>
<#if fs.moved()><#assign four = four + ["国有资本经营收支预算" + clause(fs)]></#if>
${dept}${y}年一般公共预算收支预算${m("fiscal.general_budget")}，政府性基金收支预算${m("fiscal.gov_fund")}，国有资本经营收支预算${m("fiscal.state_capital")}。<#if four?has_content>与${py}年预算相比，${four?join("；")}<#if (fg.moved() || ff.moved() || fs.moved()) && (fg.reason())??>，主要原因：${fg.reason()}</#if>。</#if>
# 五、一般公共预算支出情况说明
## （一）一般公共预算当年预算规模变化情况
<#assign g = f.cmp("generalBudget")>
${dept}${y}年一般公共预算支出年初预算为${m("generalBudget.total")}。<#if g.known()>与${py}年预算相比，${clause(g)}<#if g.moved() && (g.reason())??>，主要是${g.reason()}</#if>。</#if>其中：${basicProject("generalBudget")}。
## （二）结构情况
<#assign classes = f.classes("general_budget_expenditure", "total", "generalBudget.total")>
<#if classes?has_content>
${y}年一般公共预算支出年初预算为${m("generalBudget.total")}。主要用于以下方面：<#list classes as c>${c.shortName()}（类）支出${c.amount()}${u}<#if (c.share())??>，占${c.share()}%</#if><#sep>；</#list>。
<#else>
${y}年无一般公共预算支出安排。
</#if>
## （三）一般公共预算支出具体使用情况
<#assign items = f.items("general_budget_expenditure", "items")>
<#list items as it>
<#assign c = it.cmp()>
${it?counter}. ${it.label()}。${y}年预算数为${it.amount()}${u}<#if c.known()><#if c.flat()>，与${py}年预算持平<#elseif c.isNew()>，${py}年无此项预算，为新增支出<#else>，与${py}年预算相比，${clause(c)}</#if></#if><#if c.moved() && (c.reason())??>，主要是${c.reason()}</#if>。
</#list>
<#if !items?has_content>
${y}年无一般公共预算支出安排。
</#if>
# 六、一般公共预算基本支出情况说明
${dept}${y}年一般公共预算基本支出年初预算为${m("basic.total")}。其中：
<#assign personnel = f.rowNames("general_budget_basic_expenditure", "301,303")>
<#assign publicCosts = f.rowNames("general_budget_basic_expenditure", "302,310")>
人员经费${m("basic.personnel")}${share("basic.personnel", "basic.total")}<#if personnel?has_content>，主要包括：${personnel?join("、")}</#if>；
公用经费${m("basic.public")}${share("basic.public", "basic.total")}<#if publicCosts?has_content>，主要包括：${publicCosts?join("、")}</#if>。
# 七、“三公”经费支出情况说明
<#assign tt = f.cmp("threePublic.total")>
${dept}${y}年“三公”经费预算为${m("threePublic.total")}。<#if tt.known()><#if tt.flat()>${y}年“三公”经费支出预算数与${py}年持平，无增减变动。<#else>${y}年“三公”经费支出预算数比${py}年${clause(tt)}<#if (tt.reason())??>，主要原因：${tt.reason()}</#if>。</#if></#if>
具体支出情况如下：
<#assign out = part(f.cmp("threePublic.outbound"))>
（一）因公出国（境）费${m("threePublic.outbound")}，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。<#if out?has_content>${out}。</#if>
<#assign rec = part(f.cmp("threePublic.reception"))>
（二）公务接待费${m("threePublic.reception")}，主要用于按规定开支的各类公务接待（含外宾接待）支出。<#if rec?has_content>${rec}。</#if>
<#assign ops = part(f.cmp("threePublic.vehicle_operation"))>
<#assign buy = part(f.cmp("threePublic.vehicle_purchase"))>
（三）公务用车购置及运行费${m("threePublic.vehicle")}，其中，${f.bold("公务用车运行维护费")}${m("threePublic.vehicle_operation")}，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出<#if ops?has_content>。${ops}</#if>；${f.bold("公务用车购置费")}${m("threePublic.vehicle_purchase")}<#if buy?has_content>，${buy}</#if>。
# 八、政府性基金预算支出情况说明
<#assign fundItems = f.items("government_fund_expenditure")>
<#if !f.nonZero("govFund.total") && !fundItems?has_content>
我部门${y}年无使用政府性基金预算拨款安排的支出。
<#else>
我部门${y}年政府性基金预算拨款安排的支出${m("govFund.total")}，其中：基本支出${m("govFund.basic")}，项目支出${m("govFund.project")}。<#if fundItems?has_content>主要用于：<#list fundItems as i>${i.label()}${i.amount()}${u}<#sep>；</#list>。</#if><#if ff.known()>与${py}年预算相比，${clause(ff)}。</#if>
</#if>
# 九、其他重要事项情况说明
## （一）机关运行经费支出情况
<#assign oc = f.cmp("operatingCosts")>
我部门${y}年机关运行经费支出预算${m("operatingCosts")}，主要保障机构正常运转及正常履职需要<#if oc.known()><#if oc.flat()>，与${py}年持平<#else>，比${py}年${clause(oc)}<#if (oc.reason())??>，主要原因：${oc.reason()}</#if></#if></#if>。
## （二）政府采购支出情况
<#assign pr = f.procurement("government_procurement", "amount", "procurementCatalog")>
${y}年政府采购预算安排${pr.total()}${u}，其中：政府采购货物预算${pr.goods()}${u}、政府采购工程预算${pr.works()}${u}、政府采购服务预算${pr.services()}${u}。
## （三）绩效目标设置情况
${y}年${dept}按要求编制了绩效目标，包括部门整体绩效目标和项目支出绩效目标，综合反映了部门及各项目预期完成的数量、实效、质量，产生的社会经济效益和服务对象满意度等情况。${y}年，我部门纳入预算绩效管理的支出总额为${m("performance.total")}。其中：人员经费支出${m("performance.personnel")}，公用经费支出${m("performance.public")}；项目支出${m("performance.project")}，涉及项目${f.count("project_expenditure")}个。
## （四）重点项目预算的绩效目标等情况说明
<#assign key = om.keyProjects()>
<#if key?has_content>
我部门${y}年对${key?size}个重点项目编制了预算绩效目标，预算金额合计${f.sum(key)}${u}，具体如下：
<#list key as kp>
${kp?counter}. ${kp.name()!""}，预算${f.amount(kp.amount())}${u}。<#if (kp.target()!"")?has_content>绩效目标：${endSentence(kp.target())}</#if>
</#list>
<#else>
我部门${y}年未开展重点项目预算的绩效目标。
</#if>
## （五）国有资产占用情况
<#if om.assets()??>
<#assign a = om.assets()>
<#assign asOf = a.asOf()!"">
<#if a.vehicles()??>
<#assign v = a.vehicles()>
<#assign held = [v.total(), f.n(v.general()), f.n(v.lawEnforcement()), f.n(v.specialTechnical()), f.n(v.other())]>
<#else>
<#assign held = [0, 0, 0, 0, 0]>
</#if>
${asOf?has_content?then(asOf, py + "年期末")}，本部门共有车辆${held[0]}辆，其中：一般公务用车${held[1]}辆，一般执法执勤用车${held[2]}辆，特种专业技术用车${held[3]}辆，其他用车${held[4]}辆；单价50万元以上通用设备${f.n(a.generalEquipmentOver500k())}台（套），单位价值100万元以上专用设备${f.n(a.specialEquipmentOver1m())}台（套）。
<#else>
本部门未报送国有资产占用情况。
</#if>
## （六）专项转移支付项目情况
<#assign st = om.specialTransferProjects()>
我部门负责管理的专项转移支付项目共有${st?size}项<#if st?has_content>，预算金额合计${f.sum(st)}${u}，分别为：<#list st as x>${x.name()!""}${f.amount(x.amount())}${u}<#sep>、</#list>。<#else>，</#if>我部门将按照《预算法》等有关规定，积极做好项目分配前期准备工作，在规定的时间内向财政部门提出资金分配意见，根据有关要求做好项目申报公开等相关工作。
@part part3|第三部分|名词解释
<#list f.glossary() as e>
${f.numeral(e?counter)}、${e.term()}：${e.text()}
</#list>
