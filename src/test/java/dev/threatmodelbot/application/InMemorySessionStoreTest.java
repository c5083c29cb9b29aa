package dev.threatmodelbot.application;

class InMemorySessionStoreTest extends SessionStoreContract {
    private final InMemorySessionStore store = new InMemorySessionStore();

    @Override
    protected SessionStore store() {
        return store;
    }
}
