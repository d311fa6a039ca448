package org.example.camelkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A generator table named in camel case: key_blocks under Spring Boot's naming, its columns not. */
@Entity
public class Pass {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "passKeys")
  @TableGenerator(
      name = "passKeys",
      table = "keyBlocks",
      pkColumnName = "blockName",
      valueColumnName = "nextBlock")
  Long id;
}
