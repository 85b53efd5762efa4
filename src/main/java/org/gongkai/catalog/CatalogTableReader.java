package org.gongkai.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one bureau catalogue file into rows. The TSV shape is read by {@link BureauCatalogFolder} itself; the
 * workbook reader lives in the {@code xlsx} package (the catalogue knows nothing of Apache POI).
 */
public interface CatalogTableReader {

    /** Rows of the file in order; throws {@link CatalogFileException} naming the file and line for anything unusable. */
    List<CatalogRow> read(Path file, CatalogKind kind);
}
