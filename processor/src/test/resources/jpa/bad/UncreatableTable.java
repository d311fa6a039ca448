package com.example.jpa;

import dev.strata.View;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table of a PostgreSQL type that H2 does not know, and a view that reads it. */
@Entity
@Table(name = "documents")
public class UncreatableTable {
  @Id private Long id;

  @Column(columnDefinition = "TSVECTOR")
  private String body;

  @View(name = "document_ids", sql = "SELECT id FROM documents")
  public static class DocumentIds {}
}
