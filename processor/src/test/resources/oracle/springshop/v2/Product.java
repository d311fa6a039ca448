package org.example.springshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"),
    indexes = @jakarta.persistence.Index(name = "ix_product_stock", columnList = "stock"))
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  UUID id;

  @NotNull
  @Column(length = 32)
  String sku;

  @Column(columnDefinition = "text")
  String description;

  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  java.util.Map<String, Object> attributes;

  @jakarta.persistence.Lob byte[] image;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(length = 16)
  OrderStatus lastStatus;

  @DecimalMin("0.00")
  @Column(precision = 14, scale = 2, nullable = false)
  BigDecimal price;

  int stock;

  @jakarta.persistence.ElementCollection java.util.Set<String> keywords = new HashSet<>();

  Double weightKg;

  @ManyToMany
  @JoinTable(
      name = "product_tags",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  Set<Tag> tags = new HashSet<>();
}
