/** One sequence that the package's entities share, where each had its own. */
@SequenceGenerator(name = "ids", sequenceName = "catalog_ids")
package org.example.mergedsequences;

import jakarta.persistence.SequenceGenerator;
