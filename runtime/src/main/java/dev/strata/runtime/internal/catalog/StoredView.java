package dev.strata.runtime.internal.catalog;

/**
 * A view as {@code INFORMATION_SCHEMA.VIEWS} describes it on H2, MySQL and MariaDB, with what it
 * takes to create it again.
 *
 * @param view the view, its definition and its head
 * @param otherDefiner on MySQL and MariaDB the account that made it, where that is not the
 *     session's; else null
 */
record StoredView(DependentView view, String otherDefiner) {}
