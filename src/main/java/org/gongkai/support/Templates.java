package org.gongkai.support;

import freemarker.core.HTMLOutputFormat;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one FreeMarker set-up of gongkai (check reports, mails, disclosure pages): templates under {@code templates/}
 * on the classpath. {@code .ftlh} templates escape every interpolation as HTML, so nothing a submitter wrote can
 * become markup; {@code .ftl} templates are plain text. Templates cannot create classes ({@code ?new}) or reach the
 * Java API ({@code ?api}). Numbers print in computer format, booleans as true/false.
 */
public final class Templates {

    /** FreeMarker's configuration, made at the first template (not when the profile folder is set at start). */
    private static final class Config {
        static final Configuration CONFIG = create();
    }

    /** Whether {@link Config} was made: until then the shipped templates are the only ones, as a new one has. */
    private static volatile boolean created;

    private Templates() {
    }

    private static Configuration create() {
        created = true;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(Templates.class, "/templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        return cfg;
    }

    /**
     * Templates are also looked for in the finance bureau's profile folder (its narrative templates), after the
     * shipped ones; FreeMarker's file loader keeps every name inside the folder. {@code dir} null: the shipped ones only.
     */
    public static synchronized void useFolder(Path dir) {
        if (dir == null && !created) {
            return; // a configuration made later loads the shipped templates only
        }
        TemplateLoader shipped = new ClassTemplateLoader(Templates.class, "/templates");
        if (dir == null) {
            Config.CONFIG.setTemplateLoader(shipped);
        } else {
            try {
                Config.CONFIG.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {shipped, new FileTemplateLoader(dir.toFile())}));
            } catch (IOException e) {
                throw new UncheckedIOException("template folder " + dir, e);
            }
        }
        Config.CONFIG.clearTemplateCache();
    }

    /** Why a template cannot be read or parsed (the line and the error), or null when it can. */
    public static String problem(String name) {
        try {
            Config.CONFIG.getTemplate(name);
            return null;
        } catch (freemarker.core.ParseException e) {
            return "第" + e.getLineNumber() + "行第" + e.getColumnNumber() + "列：" + e.getEditorMessage();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Renders {@code templates/<name>} with the model. Template bugs surface as IllegalStateException. */
    public static String render(String name, Map<String, ?> model) {
        try {
            return process(name, Config.CONFIG.getTemplate(name), model, true);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name, e);
        }
    }

    /**
     * Length of the last output of each template under {@code templates/} (a fixed set of names): the next output's
     * buffer starts at that size instead of growing by doubling from 16 characters (a disclosure page is ~100,000).
     */
    private static final java.util.concurrent.ConcurrentMap<String, Integer> LAST_LENGTH =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Renders a template given as text ({@code name} only labels it and chooses its output format by extension), with
     * the same settings as the templates under {@code templates/}.
     */
    public static String renderSource(String name, String source, Map<String, ?> model) {
        try {
            return process(name, new Template(name, new java.io.StringReader(source), Config.CONFIG), model, false);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name, e);
        }
    }

    /** @param named a template under {@code templates/} (its output length is remembered for the next buffer) */
    private static String process(String name, Template t, Map<String, ?> model, boolean named) throws IOException {
        try {
            StringWriter out = new StringWriter(named ? LAST_LENGTH.getOrDefault(name, 256) : 256);
            t.process(model, out);
            String text = out.toString();
            if (named) {
                LAST_LENGTH.put(name, text.length() + text.length() / 8);
            }
            return text;
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Whether {@code templates/<name>} escapes its interpolations as HTML. */
    public static boolean escapesHtml(String name) throws IOException {
        return Config.CONFIG.getTemplate(name).getOutputFormat() == HTMLOutputFormat.INSTANCE;
    }
}
