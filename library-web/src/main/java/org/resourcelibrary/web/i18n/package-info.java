/**
 * The interface's words in the library's four languages: one bundle of messages per language
 * ({@code i18n/messages_xx.properties}), the language a page is shown in (its {@code lang}, else the browser's
 * {@code Accept-Language}, else English), and the switch between them.
 */
package org.resourcelibrary.web.i18n;
