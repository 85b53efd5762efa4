package org.gongkai.support;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Decides whether a submitter-supplied string is a plain, well-formed mailbox address we may send to. The one
 * judgement used both by validation (structure.contact-email) and by the mails, so an address the validator
 * accepts is never one the mail composer refuses. In support (not mail) so validation need not depend on mail.
 */
public final class EmailAddresses {

    private static final Pattern SIMPLE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /**
     * True for a bare address such as {@code name@dept.example.gov.cn}: no display name, no group, no comments,
     * no whitespace or line breaks, a dotted domain, at most 254 characters.
     */
    public static boolean isWellFormed(String address) {
        if (address == null || address.length() > 254 || !SIMPLE.matcher(address).matches()) {
            return false;
        }
        try {
            InternetAddress a = new InternetAddress(address, true);
            a.validate();
            return address.equals(a.getAddress()) && a.getPersonal() == null && !a.isGroup();
        } catch (AddressException e) {
            return false;
        }
    }
}
