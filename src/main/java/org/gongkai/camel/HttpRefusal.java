package org.gongkai.camel;

/** A request the HTTP routes refuse (no or wrong credentials, a forged form, a wrong method); routes/http.camel.yaml answers it. */
public final class HttpRefusal extends Exception {

    private final int status;
    private final boolean askForCredentials;

    public HttpRefusal(int status, String message, boolean askForCredentials) {
        super(message);
        this.status = status;
        this.askForCredentials = askForCredentials;
    }

    public int status() {
        return status;
    }

    public boolean askForCredentials() {
        return askForCredentials;
    }
}
