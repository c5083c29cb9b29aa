package dev.threatmodelbot.application;

import dev.threatmodelbot.application.port.SessionStore;
class InMemorySessionStoreTest extends SessionStoreContract {
    private final InMemorySessionStore store = new InMemorySessionStore();

    @Override
    protected SessionStore store() {
        return store;
    }
}
