package org.example.readonly;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A discriminator that a field also reads ({@code insertable = false, updatable = false}): one
 * column, as the discriminator defines it (its length, NOT NULL and check), not the field.
 */
@Entity
@DiscriminatorColumn(name = "gadgetKind", length = 20)
public class Gadget {
  @Id private Long id;

  @Column(name = "gadgetKind", insertable = false, updatable = false)
  private String kind;
}
