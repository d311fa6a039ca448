package dev.strata.processor.oracle;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's PostgreSQL dialect, reading the sequences of the connection's own schema only. Its
 * own reads every schema's and keys them by name alone, so the validation of one test's schema
 * could meet another test's sequence of the same name and another increment, created at the same
 * time in the same server ("found [5] but expecting [10]").
 */
public final class SchemaScopedPostgreSQLDialect extends PostgreSQLDialect {

  public SchemaScopedPostgreSQLDialect(DialectResolutionInfo info) {
    super(info);
  }

  public SchemaScopedPostgreSQLDialect(DatabaseVersion version) {
    super(version);
  }

  @Override
  public String getQuerySequencesString() {
    return super.getQuerySequencesString() + " where sequence_schema = current_schema()";
  }
}
