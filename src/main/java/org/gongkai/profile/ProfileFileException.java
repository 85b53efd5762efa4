package org.gongkai.profile;

/**
 * A profile file that cannot be used. The message is Chinese and names the file and, where there is one, the place in
 * it (a line and column, or a JSON path such as {@code equations[3].left[0]}): it is what the operator sees when the
 * service or a command refuses to start.
 */
public final class ProfileFileException extends RuntimeException {

    private final String file;
    private final String place;

    public ProfileFileException(String file, String place, String problem) {
        super("公开口径文件 " + file + (place == null || place.isEmpty() ? "" : " " + place) + "：" + problem);
        this.file = file;
        this.place = place;
    }

    public ProfileFileException(String file, String place, String problem, Throwable cause) {
        this(file, place, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** "第3行第14列", "equations[2].left[0]", or empty. */
    public String place() {
        return place;
    }
}
