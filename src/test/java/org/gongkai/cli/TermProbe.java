package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * A child for {@link LauncherTest}: prints "ready", then "eof" when its standard input closes and "stopped" from its
 * shutdown hook (which takes a second, as the service's clean stop takes a while).
 */
public final class TermProbe {

    private TermProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is written
                }
            } catch (IOException e) {
                // closed
            }
            System.out.println("eof");
            System.out.flush();
        });
        watch.setDaemon(true);
        watch.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("stopped");
            System.out.flush();
        }));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
