/**
 * Spring Boot auto-configuration for Strata: applies the migrations that Strata's annotation
 * processor generated when the application starts, before JPA and JdbcTemplate users, configured by
 * the {@code strata.*} properties.
 *
 * <pre>{@code
 * strata.lock-timeout=2m
 * strata.validate-on-start=true
 * }</pre>
 */
@NullMarked
package dev.strata.spring;

import org.jspecify.annotations.NullMarked;
