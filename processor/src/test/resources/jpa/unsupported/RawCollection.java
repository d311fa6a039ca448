package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class RawCollection {
  @Id private Long id;

  @SuppressWarnings("rawtypes")
  @OneToMany
  private List items;
}
