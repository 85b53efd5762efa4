package org.gongkai.validation;

/** An error blocks publication; a warning is reported but does not block. */
public enum Severity {
    ERROR("错误"), WARNING("警告");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
