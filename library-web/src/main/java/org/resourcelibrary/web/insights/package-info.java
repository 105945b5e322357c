/**
 * The librarians' insights from search analytics: the top searches, those that found nothing, those whose
 * results nobody opened, each with its trend and the thesaurus concept close to it; and the evidence-gap map,
 * the library's holdings by country, region, topic or language beside what members searched for.
 */
package org.resourcelibrary.web.insights;
