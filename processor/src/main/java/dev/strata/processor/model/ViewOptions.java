package dev.strata.processor.model;

import dev.strata.View.Algorithm;
import dev.strata.View.CheckOption;
import dev.strata.View.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A view's options from {@code @View}: its check option, whose privileges it runs with,
 * PostgreSQL's security barrier and MySQL's algorithm. Each database renders those it has.
 */
public record ViewOptions(
    CheckOption checkOption, Security security, boolean securityBarrier, Algorithm algorithm) {

  /** No option: what every view had before Strata knew options. */
  public static final ViewOptions NONE =
      new ViewOptions(CheckOption.NONE, Security.DEFAULT, false, Algorithm.UNDEFINED);

  public ViewOptions {
    Objects.requireNonNull(checkOption, "checkOption");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(algorithm, "algorithm");
  }

  public boolean isNone() {
    return equals(NONE);
  }

  /**
   * The {@code @View} attributes set here, none of which a materialized view has: no database
   * checks, secures or merges the rows it stores.
   */
  public List<String> attributes() {
    List<String> set = new ArrayList<>();
    if (checkOption != CheckOption.NONE) {
      set.add("checkOption");
    }
    if (security != Security.DEFAULT) {
      set.add("security");
    }
    if (securityBarrier) {
      set.add("securityBarrier");
    }
    if (algorithm != Algorithm.UNDEFINED) {
      set.add("algorithm");
    }
    return List.copyOf(set);
  }

  /**
   * The {@code @View} attributes set here that {@code database} ({@code h2}, {@code postgresql},
   * {@code mysql} or {@code mariadb}) has no equivalent for.
   */
  public List<String> lackingOn(String database) {
    boolean postgres = database.equals("postgresql");
    boolean h2 = database.equals("h2");
    List<String> lacking = new ArrayList<>();
    if (checkOption != CheckOption.NONE && h2) {
      lacking.add("checkOption");
    }
    if (security != Security.DEFAULT && h2) {
      lacking.add("security");
    }
    if (securityBarrier && !postgres) {
      lacking.add("securityBarrier");
    }
    if (algorithm != Algorithm.UNDEFINED && (h2 || postgres)) {
      lacking.add("algorithm");
    }
    return List.copyOf(lacking);
  }
}
