/**
 * E-mail alerts: a member follows a search with an e-mail address (double opt-in), and receives a digest of the
 * documents new to that search, daily or weekly, each message with a one-click unsubscribe (RFC 8058), every
 * e-mail written in the language the search was followed in (the interface's bundles).
 * Subscriptions live in the library's own embedded database ({@code data/library-db}) and are never shown.
 */
package org.resourcelibrary.web.alerts;
