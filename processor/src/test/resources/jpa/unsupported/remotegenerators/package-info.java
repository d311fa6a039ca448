/** Generators in another schema, declared for the package's entities. */
@SequenceGenerator(name = "folios", schema = "ids")
@TableGenerator(name = "tallies", schema = "ids")
package com.example.unsupported.remotegenerators;

import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
