package org.gongkai.validation;

/** The families of rules, in the order docs/rules.md lists them. */
public enum RuleCategory {
    FILE("文件读取"),
    STRUCTURE("结构"),
    AMOUNT("金额"),
    TABLE("表内平衡"),
    CROSS("表间勾稽"),
    CLASSIFICATION("科目分类"),
    EXPLANATION("说明与备注"),
    INTERNAL("内部");

    private final String chinese;

    RuleCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
