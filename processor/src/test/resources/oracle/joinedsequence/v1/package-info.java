/** A sequence that entities of the package share. */
@SequenceGenerator(name = "numbers", sequenceName = "shared_numbers")
package org.example.joinedsequence;

import jakarta.persistence.SequenceGenerator;
