package dev.strata.test;

/**
 * A check constraint as the database holds it: its name in lower case and its condition as the
 * database words it, which only compares with what the same database said.
 */
record DatabaseCheck(String name, String clause) {}
