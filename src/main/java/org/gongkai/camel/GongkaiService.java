package org.gongkai.camel;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * Boots the gongkai service on camel-main: configuration from {@code config/application.properties}
 * (the copy in the jar, then the one in the working directory, then environment variables, then overrides),
 * the YAML routes from {@code routes/}, and the beans of {@link GongkaiConfiguration}.
 */
public final class GongkaiService implements AutoCloseable {

    /** The jar's copy first, a working-directory copy overrides it when present. */
    public static final String PROPERTY_LOCATIONS =
            "classpath:config/application.properties,file:config/application.properties;optional=true";

    private final Main main;

    private GongkaiService(Main main) {
        this.main = main;
    }

    /** A configured but not started service; overrides win over every other source. */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(PROPERTY_LOCATIONS);
        main.configure().addConfiguration(GongkaiConfiguration.class);
        Properties props = new Properties();
        props.putAll(overrides);
        main.setOverrideProperties(props);
        return main;
    }

    /** Starts the service and returns once Camel has started (for tests and embedding). */
    public static GongkaiService start(Map<String, String> overrides) throws Exception {
        Main main = create(overrides);
        main.start();
        return new GongkaiService(main);
    }

    /** Starts the service with beans bound before the configuration's own (tests: a simulated disk probe). */
    public static GongkaiService start(Map<String, String> overrides, Map<String, Object> beans) throws Exception {
        Main main = create(overrides);
        beans.forEach(main::bind);
        main.start();
        return new GongkaiService(main);
    }

    /** Runs the service until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public static void runUntilStopped(Map<String, String> overrides) throws Exception {
        create(overrides).run();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.stop();
        main.shutdown();
    }
}
