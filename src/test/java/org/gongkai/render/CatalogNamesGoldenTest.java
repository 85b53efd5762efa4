package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.narrative.CatalogClassificationNames;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.SubmissionEnricher;
import org.junit.jupiter.api.Test;

/** The service names classifications from the shipped catalogue: the seed's 第二部分 must still come out word for word. */
class CatalogNamesGoldenTest {

    @Test
    void seedPartTwoWithCatalogueNames() throws Exception {
        Submission s = new ObjectMapper().readValue(Path.of("examples/pingdingshan-701-2024.json").toFile(), Submission.class);
        Narrative n = DisclosureDocument.of(s, CatalogClassificationNames.STANDARD_2024, PriorYearSource.NONE).narrative();
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/pingdingshan-2024-part2.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.replaceAll("\\s+", "")).toList();
        List<String> actual = n.part("part2").lines().stream().map(l -> l.replaceAll("\\s+", "")).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
