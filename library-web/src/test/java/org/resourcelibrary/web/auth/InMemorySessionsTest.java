package org.resourcelibrary.web.auth;

/** Librarian sessions kept in this process. */
class InMemorySessionsTest extends LibrarianSessionsTest {

    @Override
    SessionStore store() {
        return SessionStore.inMemory();
    }
}
