/**
 * How other services find and harvest the library: OAI-PMH 2.0 ({@code /oai}), the OpenSearch description and
 * Atom feeds of searches, {@code sitemap.xml} and {@code robots.txt}; every absolute link they give is built on
 * the library's public address.
 */
package org.resourcelibrary.web.harvest;
