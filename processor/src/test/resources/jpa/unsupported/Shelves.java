package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

@Entity
public class Shelves {
  @Id private Long id;

  @OneToMany
  @JoinColumn(name = "shelf_id")
  private Map<String, Book> booksByPosition;

  @ElementCollection private Map<Bay, String> labelsByBay;
}

@Entity
class Book {
  @Id private Long id;
}

@Entity
@IdClass(Bay.Key.class)
class Bay {
  public static class Key implements Serializable {
    String aisle;
    Integer number;
  }

  @Id private String aisle;

  @Id private Integer number;

  @OneToMany
  @JoinColumn(name = "bay_id")
  private Set<Book> books;
}
