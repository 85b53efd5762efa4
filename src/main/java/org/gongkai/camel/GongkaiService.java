package org.gongkai.camel;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.profile.ProfileRegistry;
import org.gongkai.validation.RuleCatalog;

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
        warmUpShippedData();
        Main main = new Main();
        main.setPropertyPlaceholderLocations(PROPERTY_LOCATIONS);
        main.configure().addConfiguration(GongkaiConfiguration.class);
        Properties props = new Properties();
        props.putAll(overrides);
        main.setOverrideProperties(props);
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeConfigure(org.apache.camel.main.BaseMainSupport m) {
                excludeHttpRoutesUnlessEnabled(m);
            }
        });
        return main;
    }

    /**
     * Reads what gongkai ships and every start needs — its disclosure profiles (parsed and linted), its rule list and
     * its catalogue editions — on a second thread while Camel reads its configuration and routes: on two cores that is
     * off the way to the first poll. It depends on no setting; the bureau's catalogue and profile folders are still
     * read and checked by the configuration's beans, before any route starts, and wait for this where they need it
     * (class initialisation and {@link CatalogEditions#shipped()} are one-time and thread-safe).
     */
    static void warmUpShippedData() {
        Thread warmUp = new Thread(() -> {
            try {
                ProfileRegistry.ids();
                RuleCatalog.all();
                CatalogEditions.shipped();
            } catch (Throwable t) {
                // the start reads the same data again and fails there; the cause is here
                org.slf4j.LoggerFactory.getLogger(GongkaiService.class).error("Reading the shipped profiles, rules and catalogue failed", t);
            }
        }, "gongkai-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The HTTP routes file, left out when gongkai.http.enabled is false (its platform-http endpoints need the server). */
    static final String HTTP_ROUTES = "**/http.camel.yaml";

    private static void excludeHttpRoutesUnlessEnabled(org.apache.camel.main.BaseMainSupport m) {
        String enabled = m.getCamelContext().getPropertiesComponent().resolveProperty("gongkai.http.enabled").orElse("false");
        if (!Boolean.parseBoolean(enabled.trim())) {
            String before = m.configure().getRoutesExcludePattern();
            m.configure().setRoutesExcludePattern(before == null || before.isBlank() ? HTTP_ROUTES : before + "," + HTTP_ROUTES);
        }
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
