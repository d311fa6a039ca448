package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

@Embeddable
class GenericSpan {
  private Integer width;

  private Integer height;
}

@MappedSuperclass
abstract class SizedBase<E> {
  @Id private Long id;

  @ElementCollection private Set<E> sizes;
}

@Entity
public class GenericEmbeddableElements extends SizedBase<GenericSpan> {}
