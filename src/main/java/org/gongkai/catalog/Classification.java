package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One classification (支出功能分类, 部门预算支出经济分类 or 政府预算支出经济分类) of one edition: codes in code order
 * (which is the catalogue's order: 201, 20101, 2010101, 2010102, 20102 …), and the codes this edition retired
 * or renamed compared with the one before.
 */
public final class Classification {

    private final String name;
    private final Map<String, ClassificationEntry> byCode = new LinkedHashMap<>();
    private final Map<String, CodeChange> changes = new LinkedHashMap<>();

    Classification(String name, List<ClassificationEntry> entries) {
        this(name, entries, List.of());
    }

    Classification(String name, List<ClassificationEntry> entries, List<CodeChange> changes) {
        this.name = name;
        List<ClassificationEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ClassificationEntry::code));
        for (ClassificationEntry e : sorted) {
            if (byCode.putIfAbsent(e.code(), e) != null) {
                throw new IllegalStateException(name + ": duplicate code " + e.code());
            }
        }
        for (CodeChange c : changes) {
            this.changes.put(c.code(), c);
        }
    }

    /** The classification's Chinese name ("支出功能分类"). */
    public String name() {
        return name;
    }

    public Optional<ClassificationEntry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** How this edition changed a code (retired or renamed), if it did. */
    public Optional<CodeChange> change(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(changes.get(code.strip()));
    }

    /** Every code this edition retired or renamed. */
    public List<CodeChange> changes() {
        return new ArrayList<>(changes.values());
    }

    /** Entries with this name (several 项 share names such as 行政运行). */
    public List<ClassificationEntry> findByName(String printedName) {
        return byCode.values().stream().filter(e -> e.hasName(printedName)).toList();
    }

    /** Entries of one level: 1 = 类, 2 = 款, 3 = 项. */
    public List<ClassificationEntry> atLevel(int level) {
        return byCode.values().stream().filter(e -> e.level() == level).toList();
    }

    /** Direct children of a code. */
    public List<ClassificationEntry> children(String parentCode) {
        return byCode.values().stream().filter(e -> parentCode != null && parentCode.equals(e.parent())).toList();
    }

    public List<ClassificationEntry> withStatus(VerificationStatus status) {
        return byCode.values().stream().filter(e -> e.status() == status).toList();
    }

    public List<ClassificationEntry> all() {
        return new ArrayList<>(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
