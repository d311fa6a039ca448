package dev.strata.samples.hibernate.model;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer of the shop. */
@Entity
@Table(name = "customers")
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /** Called email until version 4: renamed, not dropped and added, so no address is lost. */
  @Column(name = "email_address", nullable = false, unique = true)
  @RenamedFrom("email")
  private String emailAddress;

  /** Added in version 3, nullable: the customers stored before it have none. */
  @Column(length = 100)
  private String city;

  protected Customer() {}

  public Customer(String name, String emailAddress, String city) {
    this.name = name;
    this.emailAddress = emailAddress;
    this.city = city;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
