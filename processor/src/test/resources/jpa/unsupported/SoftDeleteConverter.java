package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.type.YesNoConverter;

@Entity
@SoftDelete(converter = YesNoConverter.class)
public class SoftDeleteConverter {
  @Id private Long id;
}
