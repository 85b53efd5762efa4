package org.gongkai.mail;

import java.util.Arrays;
import java.util.List;

/** A mailbox setting such as {@code gongkai.mail.finance-bureau}: comma-separated addresses, trimmed, blanks dropped. */
public final class MailboxList {

    private MailboxList() {
    }

    public static List<String> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return List.of();
        }
        return Arrays.stream(setting.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
