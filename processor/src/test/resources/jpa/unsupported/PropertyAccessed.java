package com.example.unsupported;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class PropertyAccessed {
  @Id private Long id;
  @Embedded private Label label;

  @Embeddable
  @Access(AccessType.PROPERTY)
  public static class Label {
    private String text;

    public String getCaption() {
      return text;
    }

    public void setCaption(String caption) {
      this.text = caption;
    }
  }
}
