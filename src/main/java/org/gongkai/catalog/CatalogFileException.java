package org.gongkai.catalog;

/**
 * A catalogue file that cannot be used. The message is Chinese and names the file and, where there is one,
 * the line or cell: it is what the operator sees when the service or a command refuses to start.
 */
public final class CatalogFileException extends RuntimeException {

    private final String file;
    private final String place;

    public CatalogFileException(String file, String place, String problem) {
        super("科目目录文件 " + file + (place == null || place.isEmpty() ? "" : " " + place) + "：" + problem);
        this.file = file;
        this.place = place;
    }

    public CatalogFileException(String file, String place, String problem, Throwable cause) {
        this(file, place, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** "第12行", "工作表“Sheet1”第5行", or empty. */
    public String place() {
        return place;
    }
}
