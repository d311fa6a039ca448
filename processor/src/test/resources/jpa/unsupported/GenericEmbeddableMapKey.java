package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

@Embeddable
class Money<C> {
  private Integer cents;

  @Column(length = 3)
  private C currency;
}

@Entity
public class GenericEmbeddableMapKey {
  @Id private Long id;

  @ElementCollection private Map<Money<String>, String> notes;
}
