package fr.qlod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The style sheets and scripts served from the jar ({@code fr/qlod/web/assets/}), each at an address
 * that holds a hash of its content ({@code /assets/qlod.3f2a….css}), so that a browser may keep it
 * for a year and still never shows a stale one after an upgrade. The YASGUI files are there only
 * when the build could install them from npm; {@link #url} is then null and the query page falls
 * back to a plain form.
 */
final class Assets {
    static final String PATH = "/assets/";
    static final String CSS = "qlod.css";
    static final String QUERY_JS = "query.js";
    static final String YASGUI_JS = "yasgui.min.js";
    static final String YASGUI_CSS = "yasgui.min.css";
    private static final String FOLDER = "assets/";
    private static final List<String> NAMES = List.of(CSS, QUERY_JS, YASGUI_JS, YASGUI_CSS);
    private static final Map<String, Asset> BY_URL = new LinkedHashMap<>();
    private static final Map<String, String> URLS = new LinkedHashMap<>();

    static {
        for (String name : NAMES) {
            byte[] bytes = read(name);
            if (bytes != null) {
                int dot = name.lastIndexOf('.');
                String url = PATH + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
                BY_URL.put(url, new Asset(name, bytes, mediaType(name)));
                URLS.put(name, url);
            }
        }
    }

    /** A file's bytes and media type. */
    record Asset(String name, byte[] bytes, String mediaType) {}

    private Assets() {}

    /** The versioned address of the asset, or null when the build did not package it. */
    static String url(String name) {
        return URLS.get(name);
    }

    /** The asset at a versioned address. */
    static Optional<Asset> at(String url) {
        return Optional.ofNullable(BY_URL.get(url));
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mediaType(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }
}
