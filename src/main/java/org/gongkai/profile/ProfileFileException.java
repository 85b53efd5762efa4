package org.gongkai.profile;

import org.gongkai.support.BureauFileException;

/** A profile file that cannot be used; the place is a line and column or a JSON path such as {@code equations[3].left[0]}. */
public final class ProfileFileException extends BureauFileException {

    public ProfileFileException(String file, String place, String problem) {
        super("公开口径文件", file, place, problem, null);
    }

    public ProfileFileException(String file, String place, String problem, Throwable cause) {
        super("公开口径文件", file, place, problem, cause);
    }
}
