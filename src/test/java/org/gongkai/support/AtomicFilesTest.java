package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesCreatesFoldersAndReplacesLeavingNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("a/b/平顶山市人民政府经济技术协作办公室2024年部门预算公开.html");
        assertThat(AtomicFiles.write(target, "一".getBytes(StandardCharsets.UTF_8))).isEqualTo(target);
        AtomicFiles.write(target, "二".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("二");
        assertThat(list(target.getParent())).containsExactly(target.getFileName().toString());
    }

    @Test
    void concurrentWritersOfOneTargetNeverCollideOnTheTemporaryName(@TempDir Path dir) throws Exception {
        // the old fixed "<name>.tmp" made two writers share (and truncate) one temporary file
        Path target = dir.resolve("index.html");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] content = ("版本" + i + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
                writes.add(pool.submit(() -> AtomicFiles.write(target, content)));
            }
            for (Future<Path> w : writes) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        String text = Files.readString(target);
        String first = text.substring(0, text.indexOf('\n') + 1);
        assertThat(text).isEqualTo(first.repeat(2000));
        assertThat(list(dir)).containsExactly("index.html");
    }

    @Test
    void failedWriteLeavesTargetAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("child"));   // a non-empty folder cannot be replaced by a file
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(list(dir)).containsExactly("taken");
        assertThat(target).isDirectory();
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
