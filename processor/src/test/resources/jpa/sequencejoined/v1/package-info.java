/** A sequence that entities of the package share. */
@SequenceGenerator(name = "numbers", sequenceName = "shared_numbers")
package com.example.sequencejoined;

import jakarta.persistence.SequenceGenerator;
