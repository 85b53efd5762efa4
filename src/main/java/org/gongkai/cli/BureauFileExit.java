package org.gongkai.cli;

import org.gongkai.support.BureauFileException;

/**
 * How every command ends on a bureau's catalogue or profile file that cannot be used: its Chinese message on standard
 * output and exit status 2. Free of picocli, so {@code validate FILE...} without picocli ends the same way.
 */
final class BureauFileExit {

    static final int STATUS = 2;

    private BureauFileExit() {
    }

    static int report(BureauFileException e) {
        System.out.println(e.getMessage());
        return STATUS;
    }
}
