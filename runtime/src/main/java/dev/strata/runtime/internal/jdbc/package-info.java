/**
 * JDBC plumbing: the functional interfaces for code that throws {@code SQLException}, and the
 * errors that call for advice of their own.
 */
package dev.strata.runtime.internal.jdbc;
