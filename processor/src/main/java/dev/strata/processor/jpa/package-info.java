/**
 * How JPA entities map to tables, as Hibernate maps them, read from annotations in either JPA
 * namespace: entities become table definitions, and view entities are checked against their views.
 */
package dev.strata.processor.jpa;
