package org.resourcelibrary.web.pages;

/** An error page: what went wrong and what to do, never a stack trace. */
public record ErrorView(int status, String title, String message) {
}
