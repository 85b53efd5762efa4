package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.junit.jupiter.api.Test;

class ClassificationCatalogTest {

    private final ClassificationCatalog catalog = ClassificationCatalog.standard2024();

    @Test
    void everyClassOfTheCatalogueIsPresentWithItsName() {
        assertThat(catalog.functions().atLevel(1)).extracting(ClassificationEntry::code).containsExactly(
                "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215", "216",
                "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234");
        assertThat(catalog.functions().find("215").orElseThrow().name()).isEqualTo("资源勘探工业信息等支出");
        assertThat(catalog.functions().find("210").orElseThrow().hasName("医疗卫生与计划生育支出")).isFalse();
        assertThat(catalog.functions().find("212").orElseThrow().status()).isEqualTo(VerificationStatus.DOC);
        assertThat(catalog.functions().find("202").orElseThrow().status()).isEqualTo(VerificationStatus.R);
    }

    @Test
    void everyCodeOfTheExampleIsInTheCatalogueWithTheExamplesName() throws Exception {
        Submission s = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(Path.of("examples/pingdingshan-701-2024.json").toFile(), Submission.class);
        int checked = 0;
        for (String t : new String[] {"expenditure_summary", "general_budget_expenditure"}) {
            for (TableRow r : s.table(t).items()) {
                ClassificationEntry e = catalog.functions().find(r.functionCode()).orElseThrow();
                assertThat(e.hasName(r.name())).as(r.functionCode()).isTrue();
                assertThat(e.verified()).isTrue();
                checked++;
            }
        }
        for (String t : new String[] {"general_budget_basic_expenditure", "economic_classification_summary"}) {
            for (TableRow r : s.table(t).items()) {
                assertThat(catalog.departmentEconomic().find(r.econCode()).orElseThrow().hasName(r.name())).as(r.econCode()).isTrue();
                assertThat(catalog.governmentEconomic().find(r.govEconCode()).orElseThrow().hasName(r.govEconName())).isTrue();
                assertThat(catalog.mapping().find(r.econCode()).orElseThrow().governmentCode()).isEqualTo(r.govEconCode());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10 + 26);
    }

    @Test
    void lookupsByCodeNameLevelParentAndStatus() {
        Classification fn = catalog.functions();
        ClassificationEntry item = fn.find("2080505").orElseThrow();
        assertThat(item.level()).isEqualTo(3);
        assertThat(item.levelName()).isEqualTo("项");
        assertThat(item.parent()).isEqualTo("20805");
        assertThat(fn.find("20805").orElseThrow().parent()).isEqualTo("208");
        assertThat(fn.children("20805")).extracting(ClassificationEntry::code)
                .containsExactly("2080501", "2080502", "2080505", "2080506", "2080599");
        assertThat(fn.findByName("行政运行")).extracting(ClassificationEntry::code).contains("2010301", "2130501", "2120101");
        assertThat(fn.find(" 2210201 ")).isPresent();
        assertThat(fn.find("2210299")).isEmpty();
        assertThat(fn.find(null)).isEmpty();
        assertThat(fn.withStatus(VerificationStatus.WEB)).extracting(ClassificationEntry::code)
                .containsExactly("2130501", "2130502", "2130503", "2130550");
        assertThat(catalog.departmentEconomic().atLevel(1)).extracting(ClassificationEntry::code)
                .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(catalog.governmentEconomic().find("50905").orElseThrow().name()).isEqualTo("离退休费");
    }

    @Test
    void namesCompareAfterTrimmingAndUnifyingParentheses() {
        ClassificationEntry e = catalog.functions().find("20103").orElseThrow();
        assertThat(e.hasName("政府办公厅(室)及相关机构事务")).isTrue();
        assertThat(e.hasName(" 政府办公厅（室）及相关机构事务 ")).isTrue();
        assertThat(e.hasName("政府办公厅及相关机构事务")).isFalse();
        assertThat(CatalogNames.same("维修(护)费", "维修（护）费")).isTrue();
    }

    @Test
    void mappingCarriesItsStatusAndThePublicInstitutionAlternative() {
        EconomicMapping m = catalog.mapping();
        EconomicMappingEntry wages = m.find("30101").orElseThrow();
        assertThat(wages.governmentCode()).isEqualTo("50101");
        assertThat(wages.verified()).isTrue();
        assertThat(wages.alternativeCode()).isEqualTo("50501");
        EconomicMappingEntry pension = m.find("30302").orElseThrow();
        assertThat(pension.governmentCode()).isEqualTo("50905");
        assertThat(pension.status()).isEqualTo(VerificationStatus.R);
        assertThat(m.departmentCodesFor("50102")).containsExactly("30108", "30109", "30110", "30111", "30112");
        assertThat(m.find("39999")).isEmpty();
        // every mapped code exists in both classifications
        Set<String> missing = m.all().stream()
                .filter(x -> !catalog.departmentEconomic().contains(x.departmentCode()) || !catalog.governmentEconomic().contains(x.governmentCode())
                        || x.alternativeCode() != null && !catalog.governmentEconomic().contains(x.alternativeCode()))
                .map(EconomicMappingEntry::departmentCode).collect(Collectors.toSet());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKuanAndXiangHasItsParentInTheCatalogue() {
        for (Classification cl : java.util.List.of(catalog.functions(), catalog.departmentEconomic(), catalog.governmentEconomic())) {
            for (ClassificationEntry e : cl.all()) {
                if (e.parent() != null) {
                    assertThat(cl.contains(e.parent())).as("parent of %s in %s", e.code(), cl.name()).isTrue();
                }
            }
        }
    }

    @Test
    void everyEditionIsConsistentEveryParentExistsAndEveryCodeHasItsSource() {
        CatalogEditions editions = CatalogEditions.shipped();
        assertThat(editions.all()).extracting(ClassificationCatalog::year).containsExactly(2024, 2025, 2026);
        for (ClassificationCatalog e : editions.all()) {
            for (CatalogKind k : java.util.List.of(CatalogKind.FUNCTION, CatalogKind.DEPARTMENT_ECONOMIC, CatalogKind.GOVERNMENT_ECONOMIC)) {
                Classification cl = e.classification(k);
                for (ClassificationEntry x : cl.all()) {
                    assertThat(k.levelOf(x.code())).as("%s %s", e.year(), x.code()).isEqualTo(x.level());
                    if (x.parent() != null) {
                        assertThat(cl.contains(x.parent())).as("%s: parent of %s", e.year(), x.code()).isTrue();
                    }
                    assertThat(x.name()).isNotBlank();
                    assertThat(CatalogDocument.SOURCES).containsKey(x.source());
                }
            }
            for (EconomicMappingEntry m : e.mapping().all()) {
                assertThat(e.departmentEconomic().contains(m.departmentCode())).as(m.departmentCode()).isTrue();
                assertThat(e.governmentEconomic().contains(m.governmentCode())).as(m.governmentCode()).isTrue();
            }
        }
        assertThat(editions.edition(2024).orElseThrow().functions().contains("22911")).isFalse();
        assertThat(editions.edition(2025).orElseThrow().functions().find("22911").orElseThrow().status()).isEqualTo(VerificationStatus.WEB);
        assertThat(editions.edition(2026).orElseThrow().functions().size()).isEqualTo(editions.edition(2025).orElseThrow().functions().size());
        assertThat(editions.forYear(2023).exact()).isFalse();
        assertThat(editions.forYear(2023).catalog().year()).isEqualTo(2024);
        assertThat(editions.forYear(2030).catalog().year()).isEqualTo(2026);
        assertThat(editions.edition(2024).orElseThrow().functions().find("2040604").orElseThrow().name()).isEqualTo("基层司法业务");
    }
}
