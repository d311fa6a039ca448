package dev.strata.runtime.testing;

import java.util.List;

/**
 * Three migrations over the {@code users} table of {@link TestDatabase#withUsers()}, each relying
 * on the one before, so that only the right order succeeds.
 */
public final class UserViews {

  public static final String ACTIVE_USERS_V1 = "SELECT id, email FROM users WHERE active = TRUE";
  public static final String ACTIVE_USERS_V2 =
      "SELECT id, email, country FROM users WHERE active = TRUE";
  public static final String ACTIVE_COUNTRIES = "SELECT DISTINCT country FROM active_users";

  public static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create active_users",
          ops -> ops.createView("active_users", ACTIVE_USERS_V1),
          ops -> ops.dropView("active_users"));

  // appends a column, which every database replaces in place; dropping it is a drop and a create
  public static final FakeMigration V2 =
      FakeMigration.of(
          2,
          "Replace active_users",
          ops -> ops.replaceView("active_users", ACTIVE_USERS_V2),
          ops -> {
            ops.dropView("active_users");
            ops.createView("active_users", ACTIVE_USERS_V1);
          });

  // reads active_users.country, which exists only from version 2 on
  public static final FakeMigration V3 =
      FakeMigration.of(
          3,
          "Create active_countries",
          ops -> ops.createView("active_countries", ACTIVE_COUNTRIES),
          ops -> ops.dropView("active_countries"));

  private UserViews() {}

  public static List<FakeMigration> all() {
    return List.of(V1, V2, V3);
  }

  /** A fresh source of set {@code main} with all three migrations. */
  public static FakeSource source() {
    return FakeSource.of("main", all());
  }
}
