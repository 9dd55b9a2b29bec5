/**
 * Matching on Elasticsearch: candidate and vacancy documents in the search indices, kept in step with
 * PostgreSQL (the system of record) through persisted events that are retried until they succeed.
 */
@NullMarked
package nl.werkbrug.matching;

import org.jspecify.annotations.NullMarked;
