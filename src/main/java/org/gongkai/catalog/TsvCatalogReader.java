package org.gongkai.catalog;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A bureau catalogue file in the shipped TSV shape: UTF-8, tab-separated, {@code #} comments and blank lines
 * ignored; columns code, name and optionally status (V|doc|web|R|bureau), source and note (for the mapping:
 * 部门经济分类 code, 政府经济分类 code, status, source, the 事业单位 alternative). One header line whose first cell
 * is not a number (编码, code…) is allowed.
 */
public final class TsvCatalogReader implements CatalogTableReader {

    @Override
    public List<CatalogRow> read(Path file, CatalogKind kind) {
        String name = file.getFileName().toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogFileException(name, null, "不是 UTF-8 编码的文本（请另存为 UTF-8）。", e);
        } catch (IOException e) {
            throw new CatalogFileException(name, null, "无法读取（" + e.getClass().getSimpleName() + "）。", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CatalogRow> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String code = f[0].strip();
            if (first && !code.isEmpty() && !Character.isDigit(code.charAt(0))) {
                first = false;
                continue; // header line
            }
            first = false;
            if (f.length < 2) {
                throw new CatalogFileException(name, "第" + (i + 1) + "行", "至少需要编码和名称两列（以制表符分隔），此行只有一列。");
            }
            out.add(new CatalogRow(i + 1, code, f[1].strip(), cell(f, 2), cell(f, 3), cell(f, 4)));
        }
        return out;
    }

    private static String cell(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? f[i].strip() : null;
    }
}
