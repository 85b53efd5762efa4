package org.gongkai.narrative;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of the disclosure: 第一部分 概况, 第二部分 预算情况说明, 第三部分 名词解释.
 * Each part is a list of blocks (section headings, sub-headings, paragraphs) made of spans (plain or bold).
 */
public record Narrative(String title, List<Part> parts) {

    public Part part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** A part: "第二部分" + its title, then its blocks. */
    public record Part(String id, String label, String title, List<Block> blocks) {
        /** The part as plain lines: label, title, then one line per block. */
        public List<String> lines() {
            List<String> out = new java.util.ArrayList<>();
            out.add(label);
            out.add(title);
            blocks.forEach(b -> out.add(b.text()));
            return out;
        }
    }

    /** Block kinds. */
    public enum Kind { SECTION, SUBSECTION, PARAGRAPH }

    /** A heading or paragraph; {@code anchor} is an ASCII id for the table of contents (null for paragraphs). */
    public record Block(Kind kind, String anchor, List<Span> spans) {
        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }

        public boolean isSection() {
            return kind == Kind.SECTION;
        }

        public boolean isSubsection() {
            return kind == Kind.SUBSECTION;
        }
    }

    /** A run of text, optionally bold. */
    public record Span(String text, boolean bold) {
    }
}
