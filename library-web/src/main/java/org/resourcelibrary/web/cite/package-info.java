/**
 * Citations of the library's documents: what a reference manager needs to know about a document (its CSL item,
 * {@link org.resourcelibrary.web.cite.CitationItems}), exported as RIS, BibTeX or CSL-JSON, or formatted in APA,
 * Chicago or Harvard by a real CSL processor (citeproc-java) with the official styles and locales.
 */
package org.resourcelibrary.web.cite;
