package dev.strata.processor.validation;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.jpa.ReservedNames;
import dev.strata.processor.jpa.ReservedWords.Position;
import java.util.List;
import java.util.Set;

/**
 * Refuses a view whose name a database the module runs on takes for a keyword ({@code rows} on
 * MariaDB, {@code user} on PostgreSQL and H2): Strata writes view names unquoted, so the
 * migration's {@code CREATE VIEW} (or {@code CREATE TABLE}, for a materialized view on H2 and
 * MySQL) would fail there at startup.
 */
public final class ReservedViewNames {

  private final ReservedNames names;

  /**
   * @param targets the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public ReservedViewNames(Set<String> targets) {
    this.names = new ReservedNames(targets);
  }

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      names
          .refused(view.name(), Position.TABLE)
          .ifPresent(
              refusing ->
                  report.error(
                      ValidationMessages.reservedViewName(view.name(), refusing),
                      view.element(),
                      view.annotation(),
                      view.nameValue().orElse(null)));
    }
    return report;
  }
}
