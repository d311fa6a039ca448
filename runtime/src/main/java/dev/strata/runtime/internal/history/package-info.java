/**
 * The history table: its columns and their widths, stated once; creating and checking it; reading
 * and writing its rows.
 */
package dev.strata.runtime.internal.history;
