package org.example.associations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;

@Entity
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank private String title;

  @ManyToOne @NotNull private Author author;

  @ManyToMany(mappedBy = "books")
  private Set<Library> libraries;

  @Digits(integer = 8, fraction = 2)
  private BigDecimal price;

  private String subtitle;

  @Column(precision = 10, scale = 3)
  private BigDecimal weight;
}
