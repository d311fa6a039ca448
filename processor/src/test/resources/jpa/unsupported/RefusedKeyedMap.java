package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyJoinColumn;
import java.util.Map;

/** A map keyed by an entity whose key column is refused: its key has no column to refer to. */
@Entity
public class RefusedKeyedMap {
  @Id private Long id;

  @ElementCollection
  @MapKeyJoinColumn(name = "label_id")
  private Map<Label, String> notes;

  @Entity
  public static class Label {
    @Id
    @Column(options = "comment 'key'")
    private Long id;
  }
}
