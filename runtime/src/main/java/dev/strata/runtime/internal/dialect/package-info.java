/**
 * How each database writes SQL: the DDL of every {@link dev.strata.runtime.Operations} call and of
 * portable column types, as pure text; nothing here touches a connection.
 */
package dev.strata.runtime.internal.dialect;
