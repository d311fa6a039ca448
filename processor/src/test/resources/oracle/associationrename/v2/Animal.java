package org.example.associationrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;

/**
 * mainOwner renamed primaryOwner, named by the association it was; its join column, which no
 * annotation names, was mainOwner_ownerKey, after Owner's key, renamed too.
 */
@Entity
public class Animal {
  @Id Long id;

  @RenamedFrom("mainOwner")
  @ManyToOne
  Owner primaryOwner;

  @RenamedFrom("vaccineNames")
  @ElementCollection
  @OrderColumn
  List<String> shotNames;
}
