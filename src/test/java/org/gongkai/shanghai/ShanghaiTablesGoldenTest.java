package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.gongkai.render.TableModel;
import org.gongkai.render.TableModelBuilder;
import org.junit.jupiter.api.Test;

/**
 * The 9 tables of the Shanghai example, cell by cell, against the published document: the same rows in the same order,
 * blank cells blank, 类 and 款 subtotal rows shown, every figure the same (the document's text prints amounts without
 * thousands separators; the rendered tables print them with, as the published PDF does, so separators are removed
 * before comparing and their placement is checked separately).
 */
class ShanghaiTablesGoldenTest {

    private static Map<Integer, List<List<String>>> golden() throws Exception {
        Map<Integer, List<List<String>>> out = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/shanghai-putuo-2025-tables.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("【表")) {
                current = new ArrayList<>();
                out.put(Integer.parseInt(line.replaceAll("^【表(\\d+).*$", "$1")), current);
                continue;
            }
            if (line.startsWith("注")) {
                continue;
            }
            current.add(trim(Arrays.asList(line.split("\t", -1))));
        }
        return out;
    }

    /** Leading blank cells dropped (a 合计 row prints no code), trailing blank cells kept as blank. */
    private static List<String> trim(List<String> cells) {
        int i = 0;
        while (i < cells.size() && cells.get(i).isEmpty()) {
            i++;
        }
        return new ArrayList<>(cells.subList(i, cells.size()));
    }

    private static List<String> printed(List<TableModel.Cell> cells) {
        return trim(cells.stream().map(c -> c.text().replace(",", "")).toList());
    }

    @Test
    void everyTableMatchesTheDocumentCellByCell() throws Exception {
        Submission s = ShanghaiSubmissions.read(ShanghaiSubmissions.tree(ShanghaiSubmissions.EXAMPLE));
        DisclosureProfile p = DisclosureProfile.require("shanghai-district");
        List<TableModel> tables = new TableModelBuilder().build(s);
        Map<Integer, List<List<String>>> golden = golden();
        assertThat(golden).hasSize(9);
        for (TableModel t : tables) {
            List<List<String>> want = golden.get(t.number());
            TableSpec spec = p.requireTable(t.id());
            List<List<String>> got = new ArrayList<>();
            if (spec.layout() == TableSpec.Layout.BALANCE) {
                // the document prints the income block, then the expenditure block, each under its own header
                int in = 1 + spec.incomeColumns().size();
                List<List<String>> income = new ArrayList<>();
                List<List<String>> expenditure = new ArrayList<>();
                for (TableModel.Row r : t.rows()) {
                    List<String> cells = r.cells().stream().map(c -> c.text().replace(",", "")).toList();
                    if (!cells.get(0).isEmpty()) {
                        income.add(cells.subList(0, in));
                    }
                    if (!cells.get(in).isEmpty()) {
                        expenditure.add(cells.subList(in, cells.size()));
                    }
                }
                got.add(List.of(spec.incomeLabelHeader().get(0), "预算数"));
                got.addAll(income);
                List<String> exHeader = new ArrayList<>(List.of(spec.expenditureLabelHeader().get(0)));
                spec.expenditureColumns().forEach(c -> exHeader.add(c.header().get(c.header().size() - 1)));
                got.add(exHeader);
                got.addAll(expenditure);
            } else {
                // header: the document's text flattens a two-level header either as "公务用车购置及运行费小计" or as the leaf "购置费"
                List<String> header = new ArrayList<>();
                List<String> wantHeader = want.get(0);
                int offset = (t.number() == 6 || t.number() == 7) ? 1 : 0;
                for (int i = 0; i < t.columns().size(); i++) {
                    String joined = t.columns().get(i).title().replace("/", "");
                    String leaf = t.columns().get(i).title().replaceAll("^.*/", "");
                    int w = i - offset;
                    header.add(w >= 0 && w < wantHeader.size() && wantHeader.get(w).equals(leaf) ? leaf : joined);
                }
                got.add(header);
                t.rows().forEach(r -> got.add(printed(r.cells())));
            }
            if (t.number() == 6 || t.number() == 7) {
                // the document prints its empty tables without the 科目编码 column
                got.set(0, got.get(0).subList(1, got.get(0).size()));
            }
            assertThat(got).as(t.title()).containsExactlyElementsOf(want);
        }
    }

    @Test
    void amountsCarryThousandsSeparatorsAndTwoDecimals() {
        Submission s = ShanghaiSubmissions.read(ShanghaiSubmissions.tree(ShanghaiSubmissions.EXAMPLE));
        List<TableModel> tables = new TableModelBuilder().build(s);
        tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream()).filter(TableModel.Cell::numeric)
                .forEach(c -> assertThat(c.text()).matches("\\d{1,3}(,\\d{3})*\\.\\d{2}"));
    }
}
