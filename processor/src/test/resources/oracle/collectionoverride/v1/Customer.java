package org.example.collectionoverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/**
 * Element collections of an embeddable whose {@code @AttributeOverride}s rename, resize and
 * require its columns in the collection table, as on an {@code @Embedded} field.
 */
@Entity
public class Customer {
  @Id private Long id;

  @ElementCollection
  @OrderColumn
  @AttributeOverride(name = "city", column = @Column(name = "town", length = 80))
  private List<Address> shippingAddresses;

  @ElementCollection
  @AttributeOverrides({
    @AttributeOverride(name = "city", column = @Column(name = "billingCity", nullable = false)),
    @AttributeOverride(name = "zip", column = @Column(name = "billingZip", length = 12))
  })
  private Set<Address> billingAddresses;
}
