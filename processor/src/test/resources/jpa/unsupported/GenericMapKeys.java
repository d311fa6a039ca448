package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;

@MappedSuperclass
abstract class NotedBase<K> {
  @Id private Long id;

  @ElementCollection private Map<K, String> notes;
}

@Entity
public class GenericMapKeys extends NotedBase<String> {}
