package org.resourcelibrary.web.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the library database is: by default the embedded file in the data directory, which one process opens at a
 * time; for several web nodes, an H2 server every node reaches ({@code jdbc:h2:tcp://HOST:PORT/NAME}), named by
 * {@code --database} or {@value #URL_VARIABLE}. The password is only ever read from the environment, so it never
 * appears in a process list, and {@link #toString()} leaves it out.
 *
 * @param url      the JDBC URL of an H2 database ({@code jdbc:h2:…}: H2 is the driver the library ships)
 * @param user     the database user ({@value #URL_VARIABLE}'s companion {@value #USER_VARIABLE}; empty by default,
 *                 the user the embedded database has always been made with)
 * @param password the user's password ({@value #PASSWORD_VARIABLE}; empty by default)
 */
public record DatabaseAddress(String url, String user, String password) {

    public static final String URL_VARIABLE = "LIBRARY_DATABASE";
    public static final String USER_VARIABLE = "LIBRARY_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "LIBRARY_DATABASE_PASSWORD";
    /** The only JDBC driver on the class path. */
    private static final String H2 = "jdbc:h2:";

    public DatabaseAddress {
        if (url == null || !url.startsWith(H2)) {
            throw new IllegalArgumentException("the library database must be an H2 JDBC URL such as"
                    + " jdbc:h2:tcp://db.example.org:9092/library, got '" + url + "'");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded database of the data directory {@code dataRoot}, as every release has kept it. */
    public static DatabaseAddress embedded(Path dataRoot) {
        return new DatabaseAddress(H2 + "file:" + dataRoot.resolve(LibraryDatabase.DIRECTORY).resolve("library")
                .toAbsolutePath(), "", "");
    }

    /**
     * The database {@code url} names (a flag), else {@value #URL_VARIABLE}, else the data directory's own; the user
     * and password from {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
     *
     * @throws IllegalArgumentException when the URL is not an H2 one, naming where it came from
     */
    public static DatabaseAddress of(String url, Map<String, String> environment, Path dataRoot) {
        String given = url != null ? url : environment.get(URL_VARIABLE);
        if (given == null || given.isBlank()) {
            return embedded(dataRoot);
        }
        try {
            return new DatabaseAddress(given.strip(), environment.get(USER_VARIABLE),
                    environment.get(PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((url != null ? "--database: " : URL_VARIABLE + ": ")
                    + e.getMessage(), e);
        }
    }

    /** Whether several processes may open it at once: a server's database, not the embedded file. */
    public boolean shared() {
        return !url.startsWith(H2 + "file:");
    }

    @Override
    public String toString() {
        return url + (user.isEmpty() ? "" : " as " + user);
    }
}
