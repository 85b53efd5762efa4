package org.gongkai.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.model.Submission;
import org.gongkai.narrative.CodeSuccessors;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.validation.PriorYearReference;
import org.gongkai.validation.PriorYearReferences;

/**
 * Last year's budget of a department as gongkai holds it: the newest complete staged submission of that year (what
 * gongkai accepted and publishes), else the newest imported reference ({@code import-reference}, kept in its own
 * area with the staging layout so the publisher never sees it).
 */
public final class PriorYearArchive implements PriorYearReferences {

    private final StagingArea staging;
    private final StagingArea references;
    private final CodeSuccessors successors;

    public PriorYearArchive(Path stagingDir, Path referenceDir) {
        this(stagingDir, referenceDir, CodeSuccessors.NONE);
    }

    /** @param successors the catalogue editions' successor information (last year's codes to this year's) */
    public PriorYearArchive(Path stagingDir, Path referenceDir, CodeSuccessors successors) {
        this.staging = new StagingArea(stagingDir);
        this.references = new StagingArea(referenceDir);
        this.successors = successors == null ? CodeSuccessors.NONE : successors;
    }

    /** The reference area (imports go there). */
    public StagingArea references() {
        return references;
    }

    @Override
    public Optional<PriorYearReference> find(String departmentCode, int fiscalYear) {
        Optional<PriorYearReference> own = in(staging, departmentCode, fiscalYear, false);
        return (own.isPresent() ? own : in(references, departmentCode, fiscalYear, true))
                .map(r -> new PriorYearReference(r.submission(), r.document(), r.version(), r.imported(), successors));
    }

    /** The same lookup for the narrative (comparatives the submission leaves out). */
    public PriorYearSource asSource() {
        return (department, year) -> find(department, year).map(PriorYearReference::submission);
    }

    private static Optional<PriorYearReference> in(StagingArea area, String department, int year, boolean imported) {
        try {
            Optional<Path> folder = area.latest(year, department);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Submission s = area.read(folder.get());
            return Optional.of(new PriorYearReference(s, documentName(folder.get()), folder.get().getFileName().toString(),
                    imported));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String documentName(Path folder) throws IOException {
        Path names = folder.resolve(StagingArea.ORIGINAL_NAME);
        if (!Files.exists(names)) {
            return StagingArea.SUBMISSION;
        }
        String first = Files.readString(names, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        return first.isEmpty() ? StagingArea.SUBMISSION : first;
    }
}
