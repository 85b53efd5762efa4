package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One classification (支出功能分类, 部门预算支出经济分类 or 政府预算支出经济分类): codes in catalogue order. */
public final class Classification {

    private final String name;
    private final Map<String, ClassificationEntry> byCode = new LinkedHashMap<>();

    Classification(String name, List<ClassificationEntry> entries) {
        this.name = name;
        for (ClassificationEntry e : entries) {
            if (byCode.putIfAbsent(e.code(), e) != null) {
                throw new IllegalStateException(name + ": duplicate code " + e.code());
            }
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
