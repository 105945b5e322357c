/**
 * Writing text into HTML and XML: the one escaping used by search snippets and by the sample documents'
 * HTML and OpenDocument renderers ({@link org.resourcelibrary.core.html.Html}).
 */
package org.resourcelibrary.core.html;
