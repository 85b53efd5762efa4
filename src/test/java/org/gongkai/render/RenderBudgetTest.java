package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, defect 1: a rendering over its time or memory budget is given up, its thread interrupted. */
class RenderBudgetTest {

    @Test
    void withinTheBudgetTheResultAndErrorsComeBackAsTheyWere() throws Exception {
        RenderBudget budget = new RenderBudget(Duration.ofSeconds(10), 100L * 1024 * 1024);
        assertThat(budget.run("ok", () -> "done")).isEqualTo("done");
        assertThatThrownBy(() -> budget.run("io", () -> {
            throw new java.io.IOException("disk");
        })).isInstanceOf(java.io.IOException.class).hasMessage("disk");
    }

    @Test
    void aRenderingThatTakesTooLongIsStopped() {
        RenderBudget budget = new RenderBudget(Duration.ofMillis(300), 0);
        long start = System.nanoTime();
        boolean[] interrupted = new boolean[1];
        assertThatThrownBy(() -> budget.run("slow", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
            return null;
        })).isInstanceOf(RenderBudget.ExceededException.class).hasMessageContaining("longer than its budget");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aRenderingThatAllocatesTooMuchIsStopped() {
        org.junit.jupiter.api.Assumptions.assumeTrue(RenderBudget.allocatedByCurrentThread() >= 0, "JVM cannot count allocation");
        RenderBudget budget = new RenderBudget(Duration.ofMinutes(5), 64L * 1024 * 1024);
        assertThatThrownBy(() -> budget.run("greedy", () -> {
            List<byte[]> keep = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                keep.add(new byte[1024 * 1024]);
                if (keep.size() > 32) {
                    keep.clear(); // allocation, not retention, is what is counted
                }
            }
            return null;
        })).isInstanceOf(RenderBudget.ExceededException.class).hasMessageContaining("more than its budget");
    }
}
