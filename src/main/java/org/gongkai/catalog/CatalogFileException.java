package org.gongkai.catalog;

import org.gongkai.support.BureauFileException;

/** A catalogue file that cannot be used; the place is a line or a worksheet's row. */
public final class CatalogFileException extends BureauFileException {

    public CatalogFileException(String file, String place, String problem) {
        super("科目目录文件", file, place, problem, null);
    }

    public CatalogFileException(String file, String place, String problem, Throwable cause) {
        super("科目目录文件", file, place, problem, cause);
    }
}
