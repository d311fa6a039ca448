package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class GenericCrate<T> {
  @Id private Long id;

  @OneToMany private List<T> items;
}
