package io.vigint.http.auth;

/** {@link AuthFailureListener#none()}. */
enum NoFailureThrottling implements AuthFailureListener {
    INSTANCE;

    @Override
    public void authenticationFailed(String remoteAddress) {}

    @Override
    public boolean isBlocked(String remoteAddress) {
        return false;
    }
}
