package org.resourcelibrary.web;

/** Entry point of the packaged application. */
public final class LibraryMain {
    private LibraryMain() {
    }

    public static void main(String[] args) {
        System.out.println("library");
    }
}
