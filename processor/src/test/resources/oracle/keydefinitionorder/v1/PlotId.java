package org.example.keydefinitionorder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class PlotId implements Serializable {
  @Column(columnDefinition = "varchar(2)")
  String area;

  Integer code;
}
