package org.example.jdkvalues;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

/**
 * Booleans through Hibernate's own converters: a {@code char(1)} checked to hold {@code 'N'} or
 * {@code 'Y'} ({@code 'F'} or {@code 'T'}), an {@code integer} checked to hold 0 or 1; NOT NULL for
 * a primitive.
 */
@Entity
public class Switch {
  @Id private Long id;

  @Convert(converter = YesNoConverter.class)
  private Boolean enabled;

  @Convert(converter = YesNoConverter.class)
  private boolean visible;

  @Convert(converter = TrueFalseConverter.class)
  private Boolean locked;

  @Convert(converter = NumericBooleanConverter.class)
  private Boolean archived;
}
