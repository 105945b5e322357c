/**
 * The web service: {@link org.resourcelibrary.web.LibraryWebApp} wires the JSON API
 * ({@code org.resourcelibrary.web.api}) and the HTML pages ({@code org.resourcelibrary.web.pages}) into one
 * Javalin application; {@link org.resourcelibrary.web.LibraryMain} is the command-line entry point.
 */
package org.resourcelibrary.web;
