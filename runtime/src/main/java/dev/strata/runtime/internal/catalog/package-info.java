/**
 * Reads back what the database holds (views' queries, tables, columns, indexes, foreign keys) and
 * where a name lives, so that operations can tell what took effect and how to undo it.
 */
package dev.strata.runtime.internal.catalog;
