package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A comment, options and a fraction of seconds given in an attribute override, which Hibernate's
 * export follows.
 */
@Entity
public class OverriddenComments {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "home_street", comment = "home"))
  private Address home;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "work_street", options = "/* o */"))
  private Address work;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "old_street", secondPrecision = 2))
  private Address old;

  /** An address, whose column the overrides rename. */
  @Embeddable
  public static class Address {
    private String street;
  }
}
