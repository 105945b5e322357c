/**
 * The Solr configset, generated from library-core's one schema description ({@code Schema}, {@code Analysis},
 * {@code Dimension}): what {@code library solr init} uploads.
 */
package org.resourcelibrary.solr.configset;
