/** Generic generators of the package: a sequence and a table with every parameter Strata reads. */
@GenericGenerator(
    name = "folios",
    strategy = "sequence",
    parameters = @Parameter(name = "sequence_name", value = "folio_numbers"))
@GenericGenerator(
    name = "tallies",
    type = TableGenerator.class,
    parameters = {
      @Parameter(name = "table_name", value = "tally_keys"),
      @Parameter(name = "segment_column_name", value = "kind"),
      @Parameter(name = "value_column_name", value = "reached"),
      @Parameter(name = "segment_value", value = "tally"),
      @Parameter(name = "initial_value", value = "7"),
      @Parameter(name = "increment_size", value = "10")
    })
package org.example.genericgenerators;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.id.enhanced.TableGenerator;
