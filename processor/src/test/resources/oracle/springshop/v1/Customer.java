package org.example.springshop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(name = "customers", indexes = @Index(name = "ix_customers_last_name", columnList = "lastName"))
public class Customer extends BaseEntity {
  @NaturalId @Email @NotNull String email;

  @Column(nullable = false, length = 80) String firstName;

  @Column(nullable = false, length = 80) String lastName;

  LocalDate birthday;

  @ColumnDefault("true")
  @Column(nullable = false)
  boolean active = true;

  @Enumerated(EnumType.STRING)
  @Column(length = 20, nullable = false)
  Role primaryRole = Role.CUSTOMER;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "customer_roles", joinColumns = @JoinColumn(name = "customer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  Set<Role> roles = EnumSet.noneOf(Role.class);

  @Embedded Address billing;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
    @AttributeOverride(name = "zip", column = @Column(name = "ship_zip", length = 10)),
    @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
    @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
  })
  Address shipping;

  @ElementCollection
  @CollectionTable(name = "customer_attributes")
  @MapKeyColumn(name = "attr_key", length = 64)
  @Column(name = "attr_value", length = 512)
  Map<String, String> attributes = new HashMap<>();

  @OneToMany(mappedBy = "customer", orphanRemoval = true)
  List<PurchaseOrder> orders = new ArrayList<>();

  @OneToOne(mappedBy = "customer")
  Profile profile;

  @Transient String displayName;
}
