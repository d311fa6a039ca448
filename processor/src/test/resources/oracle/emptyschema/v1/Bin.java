package org.example.emptyschema;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

@Entity
@Table(schema = "")
public class Bin {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bins")
  @TableGenerator(name = "bins", table = "bin_ids", schema = "", catalog = "")
  private Long id;
}
