package org.resourcelibrary.web.analytics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Downloaded;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Opened;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Searched;
import org.resourcelibrary.web.database.FeatureStore;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.database.FeatureTables;

/**
 * Analytics in the library database: each event with its day, never its time of day, so that no event can be
 * matched to a server's access log (kept for the retention), and the daily counts
 * of each search and of each document's downloads (kept for good). Days are UTC days. Written by one thread.
 */
public final class AnalyticsStore {

    /** Longest filters string and document id kept: longer ones are cut (the count is then a little coarser). */
    static final int MAX_FILTERS = 4000;
    static final int MAX_DOCUMENT = 500;
    static final int MAX_QUERY = 1000;

    static final FeatureTables SCHEMA = new FeatureTables("analytics", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS analytics_search (day_utc DATE NOT NULL,"
                    + " query VARCHAR(1000) NOT NULL, filters VARCHAR(4000) NOT NULL, lang VARCHAR(8) NOT NULL,"
                    + " results BIGINT NOT NULL, door VARCHAR(8) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS analytics_search_day ON analytics_search (day_utc)",
            "CREATE TABLE IF NOT EXISTS analytics_open (day_utc DATE NOT NULL,"
                    + " query VARCHAR(1000) NOT NULL, filters VARCHAR(4000) NOT NULL, lang VARCHAR(8) NOT NULL,"
                    + " document VARCHAR(500) NOT NULL, position INT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS analytics_open_day ON analytics_open (day_utc)",
            "CREATE TABLE IF NOT EXISTS analytics_download (day_utc DATE NOT NULL, document VARCHAR(500) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS analytics_download_day_index ON analytics_download (day_utc)",
            "CREATE TABLE IF NOT EXISTS analytics_query_day (day_utc DATE NOT NULL, query VARCHAR(1000) NOT NULL,"
                    + " filters VARCHAR(4000) NOT NULL, lang VARCHAR(8) NOT NULL, searches BIGINT NOT NULL,"
                    + " zero_results BIGINT NOT NULL, opens BIGINT NOT NULL,"
                    + " PRIMARY KEY (day_utc, query, filters, lang))",
            "CREATE TABLE IF NOT EXISTS analytics_download_day (day_utc DATE NOT NULL, document VARCHAR(500) NOT NULL,"
                    + " downloads BIGINT NOT NULL, PRIMARY KEY (day_utc, document))")));

    /** The tables of single events, which the retention empties of old days. */
    private static final List<String> EVENT_TABLES = List.of("analytics_search", "analytics_open",
            "analytics_download");

    /** SQL's state for a row whose key another row already has. */
    private static final String DUPLICATE_KEY = "23505";

    private final FeatureStore store;

    /** The store in {@code database}, its tables made or brought up to date. */
    public AnalyticsStore(LibraryDatabase database) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, "search analytics");
    }

    /** Writes a batch of events and adds them to the daily counts, all or nothing. */
    void write(List<AnalyticsEvent> events) throws SQLException {
        Map<List<Object>, long[]> queryDays = new LinkedHashMap<>();
        Map<List<Object>, long[]> downloadDays = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement searches = c.prepareStatement("INSERT INTO analytics_search"
                    + " (day_utc, query, filters, lang, results, door) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement opens = c.prepareStatement("INSERT INTO analytics_open"
                         + " (day_utc, query, filters, lang, document, position) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement downloads = c.prepareStatement("INSERT INTO analytics_download"
                         + " (day_utc, document) VALUES (?, ?)")) {
                for (AnalyticsEvent event : events) {
                    if (event instanceof Searched s) {
                        SearchKey key = kept(SearchKey.of(s.request(), s.lang()));
                        setKey(searches, s.at(), key);
                        searches.setLong(5, s.results());
                        searches.setString(6, s.door().param());
                        searches.addBatch();
                        long[] counts = queryDays.computeIfAbsent(List.of(day(s.at()), key), k -> new long[3]);
                        counts[0]++;
                        counts[1] += s.results() == 0 ? 1 : 0;
                    } else if (event instanceof Opened o) {
                        SearchKey key = kept(o.search());
                        setKey(opens, o.at(), key);
                        opens.setString(5, cut(o.document(), MAX_DOCUMENT));
                        opens.setInt(6, o.position());
                        opens.addBatch();
                        queryDays.computeIfAbsent(List.of(day(o.at()), key), k -> new long[3])[2]++;
                    } else if (event instanceof Downloaded d) {
                        String document = cut(d.document(), MAX_DOCUMENT);
                        downloads.setDate(1, Date.valueOf(day(d.at())));
                        downloads.setString(2, document);
                        downloads.addBatch();
                        downloadDays.computeIfAbsent(List.of(day(d.at()), document), k -> new long[1])[0]++;
                    }
                }
                searches.executeBatch();
                opens.executeBatch();
                downloads.executeBatch();
                addQueryDays(c, queryDays);
                addDownloadDays(c, downloadDays);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Deletes the single events of the days before {@code firstKept}; the daily counts stay. */
    int forgetEventsBefore(LocalDate firstKept) throws SQLException {
        int deleted = 0;
        try (Connection c = store.connect()) {
            for (String table : EVENT_TABLES) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE day_utc < ?")) {
                    delete.setDate(1, Date.valueOf(firstKept));
                    deleted += delete.executeUpdate();
                }
            }
        }
        return deleted;
    }

    /** How many single searches are kept (the retention's work, for tests and the insights page). */
    long keptSearchEvents() throws SQLException {
        try (Connection c = store.connect(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM analytics_search"); ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Each search's counts over the days {@code from} to {@code to} (inclusive), of members reading {@code lang}
     * (every language when null), most searched first.
     */
    public List<SearchCounts> counts(LocalDate from, LocalDate to, String lang) throws SQLException {
        String sql = "SELECT query, filters, lang, SUM(searches), SUM(zero_results), SUM(opens)"
                + " FROM analytics_query_day WHERE day_utc >= ? AND day_utc <= ?" + (lang == null ? "" : " AND lang = ?")
                + " GROUP BY query, filters, lang ORDER BY SUM(searches) DESC, query, filters, lang";
        try (Connection c = store.connect(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            if (lang != null) {
                select.setString(3, lang);
            }
            List<SearchCounts> counts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new SearchCounts(new SearchKey(rows.getString(1), rows.getString(2),
                            rows.getString(3)), rows.getLong(4), rows.getLong(5), rows.getLong(6)));
                }
            }
            return counts;
        }
    }

    private static void addQueryDays(Connection c, Map<List<Object>, long[]> days) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE analytics_query_day SET searches = searches + ?,"
                + " zero_results = zero_results + ?, opens = opens + ?"
                + " WHERE day_utc = ? AND query = ? AND filters = ? AND lang = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_query_day"
                     + " (searches, zero_results, opens, day_utc, query, filters, lang) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> day : days.entrySet()) {
                SearchKey key = (SearchKey) day.getKey().get(1);
                for (PreparedStatement statement : List.of(update, insert)) {
                    for (int i = 0; i < 3; i++) {
                        statement.setLong(i + 1, day.getValue()[i]);
                    }
                    statement.setDate(4, Date.valueOf((LocalDate) day.getKey().get(0)));
                    statement.setString(5, key.query());
                    statement.setString(6, key.filters());
                    statement.setString(7, key.lang());
                }
                increase(update, insert);
            }
        }
    }

    private static void addDownloadDays(Connection c, Map<List<Object>, long[]> days) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE analytics_download_day"
                + " SET downloads = downloads + ? WHERE day_utc = ? AND document = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_download_day"
                     + " (downloads, day_utc, document) VALUES (?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> day : days.entrySet()) {
                for (PreparedStatement statement : List.of(update, insert)) {
                    statement.setLong(1, day.getValue()[0]);
                    statement.setDate(2, Date.valueOf((LocalDate) day.getKey().get(0)));
                    statement.setString(3, (String) day.getKey().get(1));
                }
                increase(update, insert);
            }
        }
    }

    /**
     * Adds to a day's counts, making the day's row when there is none. The web nodes sharing the database each
     * have a writer, so another may make the same row between this one's update and insert: the insert then fails
     * on the key, and the update, tried again, finds the row.
     */
    private static void increase(PreparedStatement update, PreparedStatement insert) throws SQLException {
        if (update.executeUpdate() > 0) {
            return;
        }
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            update.executeUpdate();
        }
    }

    private static void setKey(PreparedStatement statement, Instant at, SearchKey key) throws SQLException {
        statement.setDate(1, Date.valueOf(day(at)));
        statement.setString(2, key.query());
        statement.setString(3, key.filters());
        statement.setString(4, key.lang());
    }

    private static SearchKey kept(SearchKey key) {
        return new SearchKey(cut(key.query(), MAX_QUERY), cut(key.filters(), MAX_FILTERS), key.lang());
    }

    static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
