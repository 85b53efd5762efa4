package org.gongkai.ops;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may see the console, readiness and metrics and run actions: HTTP basic credentials (a user name and a password
 * from the environment) or a bearer token (from the environment, for scripts and Prometheus). Without a configured
 * password one is generated at start and logged once, so the embedded default is never open.
 *
 * <p>Actions are POST only. A browser sends basic credentials by itself, so a form posted from another site would
 * carry them: every action posted with basic credentials must carry the console's anti-forgery token (derived from a
 * secret made at start, so it changes with every restart) and must not come from another origin. A bearer token is
 * never sent by a browser on its own, so bearer requests need no anti-forgery token.
 */
public final class ConsoleAuth {

    /** How a request proved who it is. */
    public enum Scheme { BASIC, BEARER }

    private final String username;
    private final byte[] password;
    private final byte[] token;
    private final boolean passwordGenerated;
    private final byte[] secret = new byte[32];

    /**
     * @param username user name for basic credentials
     * @param password password; empty: a random one is generated ({@link #generatedPassword()})
     * @param token    bearer token; empty: bearer requests are refused
     */
    public ConsoleAuth(String username, String password, String token) {
        SecureRandom random = new SecureRandom();
        random.nextBytes(secret);
        this.username = username == null || username.isBlank() ? "operator" : username.strip();
        if (password == null || password.isBlank()) {
            byte[] b = new byte[18];
            random.nextBytes(b);
            this.password = Base64.getUrlEncoder().withoutPadding().encode(b);
            this.passwordGenerated = true;
        } else {
            this.password = password.getBytes(StandardCharsets.UTF_8);
            this.passwordGenerated = false;
        }
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public String username() {
        return username;
    }

    /** The password generated at start when none was configured (to be logged once), else empty. */
    public Optional<String> generatedPassword() {
        return passwordGenerated ? Optional.of(new String(password, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Checks an {@code Authorization} header value; empty when it proves nothing. */
    public Optional<Scheme> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String a = authorization.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ") && token != null) {
            byte[] given = a.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(digest(given), digest(token)) ? Optional.of(Scheme.BEARER) : Optional.empty();
        }
        if (lower.startsWith("basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(a.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            boolean user = MessageDigest.isEqual(digest(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8)),
                    digest(username.getBytes(StandardCharsets.UTF_8)));
            boolean pass = MessageDigest.isEqual(digest(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8)),
                    digest(password));
            return user && pass ? Optional.of(Scheme.BASIC) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The anti-forgery token the console puts into its action forms. */
    public String csrfToken() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("csrf:" + username).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether a posted anti-forgery token is the console's. */
    public boolean csrfValid(String given) {
        return given != null && MessageDigest.isEqual(digest(given.strip().getBytes(StandardCharsets.UTF_8)),
                digest(csrfToken().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether a request's {@code Origin} (or, without it, {@code Referer}) is this server: absent headers are accepted
     * (non-browser clients), a different scheme, host or port is not.
     */
    public static boolean sameOrigin(String origin, String referer, String host) {
        return sameOrigin(origin, referer, host, null);
    }

    /**
     * The same, also accepting the authority of the public base address (behind a reverse proxy the browser's origin is
     * the proxy's address, not the Host the service sees).
     *
     * @param publicBaseUrl gongkai.http.public-base-url, may be empty
     */
    public static boolean sameOrigin(String origin, String referer, String host, String publicBaseUrl) {
        String from = origin != null && !origin.isBlank() ? origin : referer;
        if (from == null || from.isBlank()) {
            return true;
        }
        if ("null".equals(from)) {
            return false;
        }
        String authority = authority(from);
        if (authority == null) {
            return false;
        }
        if (host != null && authority.equalsIgnoreCase(host.strip())) {
            return true;
        }
        String proxy = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : authority(publicBaseUrl);
        return proxy != null && authority.equalsIgnoreCase(proxy);
    }

    private static String authority(String url) {
        try {
            return java.net.URI.create(url.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] digest(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
