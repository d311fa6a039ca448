package dev.strata.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The URL that each DataSource's driver reports, read once per DataSource: reading it opens a
 * connection, which Strata's own DataSource ({@code strata.url}, {@code strata.user}) opens outside
 * any pool, and Spring Boot asks about the same DataSources once per {@code EntityManagerFactory}.
 * By identity, as DataSources are beans that do not define equality; a URL that could not be read
 * is not kept, so that a database that was down is asked again.
 */
final class ReportedUrls {

  private final Map<DataSource, String> read = Collections.synchronizedMap(new IdentityHashMap<>());

  /** The URL of {@code dataSource} as its driver reports it, or null if it cannot connect. */
  @Nullable String of(DataSource dataSource) {
    // computeIfAbsent keeps no null: an unreadable URL is read again at the next question
    return read.computeIfAbsent(dataSource, ReportedUrls::connect);
  }

  private static @Nullable String connect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      // unknown: Spring Boot's default for a database nobody manages applies
      return null;
    }
  }
}
