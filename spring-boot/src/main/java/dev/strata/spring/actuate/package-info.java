/**
 * Strata's Actuator contributions: the applied version and pending migrations of each migration
 * set, in the health and info endpoints, and every migration in the {@code strata} endpoint; active
 * only where Actuator is on the class path.
 */
@NullMarked
package dev.strata.spring.actuate;

import org.jspecify.annotations.NullMarked;
