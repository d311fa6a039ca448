package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class ForeignKeyDdl {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(
      foreignKey =
          @ForeignKey(
              name = "fk_parent",
              foreignKeyDefinition = "FOREIGN KEY (parent_id) REFERENCES ForeignKeyDdl ON DELETE CASCADE"))
  private ForeignKeyDdl parent;
}
