package com.example.jpa;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;
import org.hibernate.type.YesNoConverter;

@Entity
public class ConvertedFlags {
  @Id private Long id;

  @ElementCollection
  @Convert(converter = YesNoConverter.class)
  private Set<Boolean> flags;
}
