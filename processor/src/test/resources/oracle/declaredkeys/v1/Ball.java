package org.example.declaredkeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;

/** A secondary table whose key to the entity's table is named. */
@Entity
@SecondaryTable(name = "ball_detail", foreignKey = @ForeignKey(name = "ball_detail_ball_fk"))
public class Ball {
  @Id private Long id;

  @Column(table = "ball_detail")
  private String colour;
}
