package org.resourcelibrary.web.pages;

/**
 * The page an alert e-mail's link opens: what its one button does, and where it posts; after the post, what
 * was done ({@code action} and {@code button} null: no button).
 */
public record AlertView(String title, String text, String action, String button) {
}
