package org.gongkai.support;

/**
 * A file the bureau supplies (a catalogue, a profile) that cannot be used. The message is Chinese and names the kind
 * of file, the file and, where there is one, the place in it: it is what the operator sees when the service or a
 * command refuses to start.
 */
public abstract class BureauFileException extends RuntimeException {

    private final String file;
    private final String place;

    protected BureauFileException(String kind, String file, String place, String problem, Throwable cause) {
        super(kind + " " + file + (place == null || place.isEmpty() ? "" : " " + place) + "：" + problem, cause);
        this.file = file;
        this.place = place;
    }

    public String file() {
        return file;
    }

    /** Where in the file ("第12行", "工作表“Sheet1”第5行", "equations[2].left[0]"), or empty. */
    public String place() {
        return place;
    }
}
