/**
 * The one schema description both backends are built from: field names, their analysis per language and the
 * facet configuration. The embedded backend indexes with it; {@code library-solr} generates its configset
 * from it, so the two never differ by hand.
 */
package org.resourcelibrary.core.schema;
