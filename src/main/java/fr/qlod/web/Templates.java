package fr.qlod.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page templates of {@code src/main/jte}, compiled to classes of this package by the build (JTE:
 * every {@code ${…}} is escaped for its HTML context unless a template says otherwise, and a template
 * that does not compile fails the build rather than a request).
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), Templates.class.getPackageName());

    private Templates() {}

    /** Renders a template whose one parameter is {@code page}. */
    static byte[] render(String template, Object page) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, page, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Renders a template of several parameters. */
    static byte[] render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, params, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
