package org.gongkai.catalog;

/**
 * One row of a catalogue file as read, before it becomes an entry: the line (or worksheet row) it came from, the
 * code and the name (for the mapping: the 部门经济分类 code and the 政府经济分类 code), and the optional
 * status, source and note columns of the TSV shape (null when the file has none).
 */
public record CatalogRow(int line, String code, String name, String status, String source, String note) {
}
