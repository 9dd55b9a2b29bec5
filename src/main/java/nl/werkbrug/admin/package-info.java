/** Administration: accounts, API tokens. */
@NullMarked
package nl.werkbrug.admin;

import org.jspecify.annotations.NullMarked;
