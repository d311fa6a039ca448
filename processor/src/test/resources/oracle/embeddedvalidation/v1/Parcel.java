package org.example.embeddedvalidation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One embeddable's constraints under each way of embedding it, as Hibernate's {@code
 * TypeSafeActivator} applies them: none without {@code @Valid} (the shape of the Cargo Tracker
 * sample's {@code @Embedded Delivery}, whose {@code @NotNull} fields are nullable columns); the
 * length and checks with it, NOT NULL only with {@code @NotNull} too; none in a collection table.
 */
@Entity
public class Parcel {
  @Id private Long id;

  @Embedded private Address sender;

  @AttributeOverride(name = "street", column = @Column(name = "recipient_street"))
  @AttributeOverride(name = "zip", column = @Column(name = "recipient_zip"))
  @AttributeOverride(name = "floor", column = @Column(name = "recipient_floor"))
  @Valid
  @Embedded
  private Address recipient;

  @AttributeOverride(name = "street", column = @Column(name = "return_street"))
  @AttributeOverride(name = "zip", column = @Column(name = "return_zip"))
  @AttributeOverride(name = "floor", column = @Column(name = "return_floor"))
  @Valid
  @NotNull
  @Embedded
  private Address returnTo;

  @Embedded private Customs customs;

  @Valid @NotNull @Embedded private Contact contact;

  @ElementCollection private List<Stamp> stamps;
}
