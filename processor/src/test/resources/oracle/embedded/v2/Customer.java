package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

@Entity
@AttributeOverride(name = "name", column = @Column(name = "full_name", length = 40, nullable = false))
public class Customer extends Named {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private Address home;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "road", column = @Column(name = "work_street")),
    @AttributeOverride(name = "city", column = @Column(name = "work_city")),
    @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
  })
  private Address work;

  @Embedded
  @EmbeddedColumnNaming("ship_%s")
  private Address shipping;
}
