package org.resourcelibrary.web.pages;

/** The page an alert e-mail's link opens: what its one button does, and where it posts. */
public record AlertView(String title, String text, String action, String button) {
}
