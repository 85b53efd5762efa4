package org.gongkai.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The figures the public site index shows for one published version, read from its {@code data.json} (the derived
 * figures of the rendering), in the department's own unit. Any of them is null when the data does not carry it.
 *
 * @param unit                 万元 or 元
 * @param incomeTotal          收入总计
 * @param expenditureTotal     支出总计
 * @param threePublic          “三公”经费 (一般公共预算)
 * @param expenditureChange    支出总计 minus last year's
 * @param expenditurePercent   the same in percent of last year's (null when last year's was zero or unknown)
 */
public record KeyFigures(String unit, BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal threePublic,
                         BigDecimal expenditureChange, BigDecimal expenditurePercent) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Reads the figures of a rendered {@code data.json}; null when the file is missing or unreadable. */
    public static KeyFigures read(Path dataJson) {
        if (dataJson == null || !Files.isRegularFile(dataJson)) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(dataJson.toFile());
            JsonNode derived = root.path("derived");
            JsonNode change = derived.path("expenditure").path("change");
            return new KeyFigures(text(root.path("amountUnit")), number(derived.path("income").path("total")),
                    number(derived.path("expenditure").path("grandTotal")),
                    number(derived.path("threePublic").path("total").path("amount")),
                    number(change.path("difference")), number(change.path("percent")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal number(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
