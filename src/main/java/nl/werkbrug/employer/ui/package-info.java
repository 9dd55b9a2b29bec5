/** The screens of employers, the employer network and the municipality's review of vacancies and signals. */
@NullMarked
package nl.werkbrug.employer.ui;

import org.jspecify.annotations.NullMarked;
