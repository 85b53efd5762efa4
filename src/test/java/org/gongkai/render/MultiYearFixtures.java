package org.gongkai.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.model.Submission;
import org.gongkai.narrative.PriorYearSource;

/**
 * One department (keji-802) over three years with different totals, 三公, 机关运行经费 and one item whose code the
 * 2025 test edition replaced (2169999 → 2169901); its 2025 name needs escaping. For the multi-year view's tests.
 */
public final class MultiYearFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MultiYearFixtures() {
    }

    /** The shipped editions with a test 2025 edition in which 2169999 is retired in favour of 2169901. */
    public static CatalogEditions editions() {
        return CatalogEditions.fromFiles(name -> {
            InputStream test = MultiYearFixtures.class.getResourceAsStream("/catalog-editions-test/" + name);
            return test != null ? test : MultiYearFixtures.class.getResourceAsStream("/catalog/" + name);
        });
    }

    /** keji-802 for {@code year} with the given totals, 三公 (total, reception), 机关运行经费 and one changed item. */
    public static ObjectNode keji(int year, String grandTotal, String threeTotal, String reception, String operating,
                           String itemCode, String itemName, String itemTotal) throws Exception {
        String base = year == 2025 ? "keji-802-2025-no-comparatives.json" : "keji-802-2024.json";
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("src/test/resources/render", base).toFile());
        root.put("fiscalYear", year);
        root.put("approvalDate", year + "-02-06");
        for (JsonNode r : root.path("tables").path("income_expenditure_summary").path("rows")) {
            String key = r.path("item").asText();
            if (key.equals("income.grand_total") || key.equals("expenditure.grand_total")) {
                ((ObjectNode) r.path("values")).put("amount", new BigDecimal(grandTotal));
            }
        }
        ObjectNode three = (ObjectNode) root.path("tables").path("three_public_expenses").path("rows").get(0).path("values");
        three.put("total", new BigDecimal(threeTotal));
        three.put("reception", new BigDecimal(reception));
        ((ObjectNode) root.path("otherMatters")).put("operatingCosts", new BigDecimal(operating));
        for (JsonNode r : root.path("tables").path("general_budget_expenditure").path("rows")) {
            if ("2060702".equals(r.path("functionCode").asText())) {
                ((ObjectNode) r).put("functionCode", itemCode);
                ((ObjectNode) r).put("name", itemName);
                ((ObjectNode) r.path("values")).put("total", new BigDecimal(itemTotal));
            }
        }
        return root;
    }

    public static ObjectNode y2023() throws Exception {
        return keji(2023, "250.0", "9.0", "3.0", "28.0", "2060702", "科普活动", "60.0");
    }

    public static ObjectNode y2024() throws Exception {
        return keji(2024, "280.0", "7.5", "1.5", "29.0", "2169999", "其他商业服务业等支出", "70.0");
    }

    public static ObjectNode y2025() throws Exception {
        return keji(2025, "300.0", "8.0", "2.0", "30.0", "2169901", "商业服务业等支出（<b>\"新\"&科目</b>）", "80.0");
    }

    /** An archive of 2023 and 2024 in memory, for the render-level checks (the chain test uses the real one). */
    public static PriorYearSource archive2023and2024() throws Exception {
        Submission s23 = JSON.treeToValue(y2023(), Submission.class);
        Submission s24 = JSON.treeToValue(y2024(), Submission.class);
        return (dept, year) -> !"802".equals(dept) ? Optional.empty()
                : year == 2023 ? Optional.of(s23) : year == 2024 ? Optional.of(s24) : Optional.empty();
    }

    public static Submission submission2025() throws Exception {
        return JSON.treeToValue(y2025(), Submission.class);
    }

}
