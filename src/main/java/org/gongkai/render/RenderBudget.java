package org.gongkai.render;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A time and memory budget for rendering one submission. The work runs on a thread of its own while the caller
 * watches the clock and the bytes that thread allocates (HotSpot counts them per thread); past either limit the
 * caller gives up with {@link ExceededException}, the thread is interrupted and left to end, and the caller's
 * submission fails on its own while the next one goes on. Allocation, not heap in use, is what a JVM can measure
 * per thread: the budget is set well above what the largest legitimate disclosure allocates.
 */
public final class RenderBudget {

    /** How often the watcher looks. */
    static final long WATCH_MILLIS = 50;

    private final Duration timeout;
    private final long maxAllocatedBytes;

    /** Thrown when rendering went over its time or memory budget. */
    public static final class ExceededException extends RuntimeException {
        public ExceededException(String message) {
            super(message);
        }
    }

    /**
     * @param timeout           longest a rendering may take
     * @param maxAllocatedBytes most bytes it may allocate (0 or less: no memory budget)
     */
    public RenderBudget(Duration timeout, long maxAllocatedBytes) {
        this.timeout = timeout;
        this.maxAllocatedBytes = maxAllocatedBytes;
    }

    public static RenderBudget unlimited() {
        return new RenderBudget(Duration.ofDays(1), 0);
    }

    /** Runs {@code task} within the budget; its exception, if any, is rethrown as it was. */
    public <T> T run(String what, Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(task.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "render-" + what);
        worker.setDaemon(true);
        com.sun.management.ThreadMXBean threads = allocationMeter();
        long start = System.nanoTime();
        worker.start();
        long deadline = start + timeout.toNanos();
        try {
            while (worker.isAlive()) {
                worker.join(WATCH_MILLIS);
                if (!worker.isAlive()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    worker.interrupt();
                    throw new ExceededException("Rendering " + what + " took longer than its budget of "
                            + timeout.toSeconds() + " s and was stopped");
                }
                if (threads != null && maxAllocatedBytes > 0) {
                    long allocated = threads.getThreadAllocatedBytes(worker.getId());
                    if (allocated > maxAllocatedBytes) {
                        worker.interrupt();
                        throw new ExceededException("Rendering " + what + " allocated " + allocated
                                + " bytes, more than its budget of " + maxAllocatedBytes + " bytes, and was stopped");
                    }
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw e;
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    /** Bytes the current thread allocated so far, or -1 where the JVM cannot tell. */
    public static long allocatedByCurrentThread() {
        com.sun.management.ThreadMXBean threads = allocationMeter();
        return threads == null ? -1 : threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static com.sun.management.ThreadMXBean allocationMeter() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
            return t;
        }
        return null;
    }
}
